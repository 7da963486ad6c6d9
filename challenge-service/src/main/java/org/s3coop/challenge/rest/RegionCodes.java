package org.s3coop.challenge.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

/**
 * Checks a list of NUTS codes element by element, so the violation names the element ({@code adoptingRegions[1]});
 * bean validation of container elements loses the index in the platform's problem mapping.
 */
final class RegionCodes {
    private static final Pattern NUTS_CODE = Pattern.compile(ContractPatterns.NUTS_CODE);

    private RegionCodes() {
    }

    static void requireValid(List<String> codes, String field) {
        if (codes == null) {
            return;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !NUTS_CODE.matcher(code).matches()) {
                violations.add(new Problem.Violation(field + "[" + i + "]", ContractPatterns.NUTS_CODE_RULE));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
