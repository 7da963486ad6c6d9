package org.s3coop.challenge.rest;

/**
 * Syntax of challenge-service's own codes in paths and bodies, with the messages that explain them (UUIDs and NUTS
 * codes: the platform's {@code ContractPatterns}).
 */
public final class ChallengePatterns {
    public static final String CATALOGUE_CODE = "^[A-Z][A-Z0-9_]{0,59}$";
    public static final String CATALOGUE_CODE_RULE = "must be an upper-case code of GET /api/v1/challenge-clusters, e.g. CAPACITY";
    public static final String ROUND = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String ROUND_RULE = "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. 2023-kickoff";

    public static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    public static final String DATE_RULE = "must be a date, e.g. 2023-06-08";
    public static final String INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";
    public static final String INSTANT_RULE = "must be a date-time with offset, e.g. 2026-06-30T17:00:00Z";
    public static final String LINK = "^https?://[^\\s]{1,490}$";
    public static final String LINK_RULE = "must be an http(s) URL";

    private ChallengePatterns() {
    }
}
