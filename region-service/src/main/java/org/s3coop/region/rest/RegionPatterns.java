package org.s3coop.region.rest;

/**
 * region-service's own input patterns, with their rule messages (the contract's UUID and NUTS-code syntax is the
 * platform's {@code ContractPatterns}).
 */
public final class RegionPatterns {
    /** The NUTS versions regions are registered under: 2024 only (NutsRegion.VERSION). */
    public static final String NUTS_VERSION = "^2024$";
    public static final String NUTS_VERSION_RULE = "is not supported: the supported NUTS versions are [2024]";
    public static final String NAME = "^[\\s\\S]*\\S[\\s\\S]*$";
    public static final String NAME_RULE = "must not be blank (leave it out for the official name)";
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String COUNTRY_RULE = "must be two upper-case letters, e.g. ES";
    public static final String NUTS_LEVEL = "^[0-3]$";
    public static final String NUTS_LEVEL_RULE = "must be a NUTS level, 0 to 3";
    public static final String PRIORITY_CODE = "^[A-Z0-9_]{1,40}$";
    public static final String PRIORITY_CODE_RULE = "must be a priority code, e.g. C21";
    public static final String BOOLEAN = "^(true|false)$";
    public static final String BOOLEAN_RULE = "must be true or false";
    public static final String SUGGESTION_LIMIT = "^([1-9]|[1-4][0-9]|50)$";
    public static final String SUGGESTION_LIMIT_RULE = "must be a whole number from 1 to 50";
    public static final String SUGGESTION_LEVEL = "^(same|any|[0-3])$";
    public static final String SUGGESTION_LEVEL_RULE = "must be same (the region's own NUTS level), any, or a level 0 to 3";
    public static final String IMPORT_MODE = "^(all|valid-rows)$";
    public static final String IMPORT_MODE_RULE = "must be all (nothing written if a row is invalid) or valid-rows";

    private RegionPatterns() {
    }
}
