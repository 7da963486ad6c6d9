package org.s3coop.partnership.domain;

/**
 * The syntax rules of partnership-service's own values, with their messages (the contract's UUID and NUTS-code
 * rules are the platform's ContractPatterns).
 */
public final class PartnershipPatterns {
    /** A code of the priority catalogue, e.g. C22 or HEALTH. */
    public static final String PRIORITY_CODE = "^[A-Z0-9_]{1,40}$";
    public static final String PRIORITY_CODE_RULE = "must be a priority code such as C22 or HEALTH";
    /** The message of the list's {@code priority} filter. */
    public static final String PRIORITY_FILTER_RULE = "must be a priority code, e.g. C22";
    /** A {@link Programme}'s code, e.g. S3_THEMATIC_PARTNERSHIP (which ones exist is the programme table's business). */
    public static final String PROGRAMME = "^[A-Z0-9_]{1,60}$";
    public static final String PROGRAMME_RULE = "must be a programme code, e.g. S3_THEMATIC_PARTNERSHIP";
    /** A country: a NUTS level-0 code. */
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String COUNTRY_RULE = "must be a NUTS level-0 code: 2 upper-case letters, e.g. ES or EL";
    /** A {@link Stage} by name. */
    public static final String STAGE = "^(SCOPING|MAPPING|PILOT|SCALE_UP)$";
    public static final String STAGE_RULE = "must be one of SCOPING, MAPPING, PILOT, SCALE_UP";
    /** A {@link Status} by name. */
    public static final String STATUS = "^(ACTIVE|ON_HOLD|CLOSED)$";
    public static final String STATUS_RULE = "must be one of ACTIVE, ON_HOLD, CLOSED";

    private PartnershipPatterns() {
    }
}
