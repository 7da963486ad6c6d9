package org.s3coop.platform.rest;

import java.util.regex.Pattern;

import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.problem.ProblemException;

/**
 * A path parameter's syntax checked in the resource method itself, for the hot single-resource reads
 * ({@code GET /regions/{code}}, {@code GET /partnerships/{id}}): the same rule and the same 400 problem
 * ({@code violations[].field} = the parameter's name) as a Bean Validation {@code @Pattern}, without the validation
 * interceptor around the method (its metadata look-ups cost more than the read's own code). The OpenAPI document
 * carries the pattern through the parameter's {@code @Schema(pattern = ...)}.
 */
public record PathRule(Pattern pattern, String rule) {
    public static final PathRule UUID = new PathRule(Pattern.compile(ContractPatterns.UUID), ContractPatterns.UUID_RULE);
    public static final PathRule NUTS_CODE = new PathRule(Pattern.compile(ContractPatterns.NUTS_CODE),
            ContractPatterns.NUTS_CODE_RULE);

    /** {@code value} when it matches; else 400 with one violation on {@code parameter}. */
    public String check(String parameter, String value) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw ProblemException.invalid(parameter, rule);
        }
        return value;
    }
}
