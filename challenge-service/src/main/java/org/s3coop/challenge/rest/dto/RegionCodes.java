package org.s3coop.challenge.rest.dto;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

/**
 * Checks a list of NUTS codes element by element, so the violation names the element ({@code adoptingRegions[1]});
 * bean validation of container elements loses the index in the platform's problem mapping.
 */
public final class RegionCodes {
    private static final Pattern NUTS = Pattern.compile(Codes.NUTS);

    private RegionCodes() {
    }

    public static void requireValid(List<String> codes, String field) {
        if (codes == null) {
            return;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !NUTS.matcher(code).matches()) {
                violations.add(new Problem.Violation(field + "[" + i + "]", Codes.NUTS_RULE));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
