package org.s3coop.challenge.rest.dto;

/** Patterns of the codes the API reads, with the messages that explain them. */
public final class Codes {
    public static final String CATALOGUE_CODE = "^[A-Z][A-Z0-9_]{0,59}$";
    public static final String CATALOGUE_CODE_RULE = "must be an upper-case code of GET /api/v1/challenge-clusters, e.g. CAPACITY";
    public static final String NUTS = "^[A-Z]{2}[A-Z0-9]{0,3}$";
    public static final String NUTS_RULE = "must be a NUTS code: 2 upper-case letters followed by 0-3 upper-case letters or digits, e.g. ES51";
    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String UUID_RULE = "must be a UUID";
    public static final String ROUND = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String ROUND_RULE = "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. 2023-kickoff";

    private Codes() {
    }
}
