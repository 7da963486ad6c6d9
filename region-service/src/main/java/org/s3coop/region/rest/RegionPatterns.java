package org.s3coop.region.rest;

/**
 * region-service's own input patterns, with their rule messages (the contract's UUID and NUTS-code syntax is the
 * platform's {@code ContractPatterns}).
 */
public final class RegionPatterns {
    public static final String NUTS_VERSION = "^(2013|2016|2021|2024)$";
    public static final String NUTS_VERSION_RULE = "must be one of 2013, 2016, 2021, 2024";
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String COUNTRY_RULE = "must be two upper-case letters, e.g. ES";
    public static final String PRIORITY_CODE = "^[A-Z0-9_]{1,40}$";
    public static final String PRIORITY_CODE_RULE = "must be a priority code, e.g. C21";
    public static final String BOOLEAN = "^(true|false)$";
    public static final String BOOLEAN_RULE = "must be true or false";
    public static final String SUGGESTION_LIMIT = "^([1-9]|[1-4][0-9]|50)$";
    public static final String SUGGESTION_LIMIT_RULE = "must be a whole number from 1 to 50";

    private RegionPatterns() {
    }
}
