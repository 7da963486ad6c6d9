package org.s3coop.platform.contract;

/**
 * Syntax of the identifiers that are part of the public contract (docs/api.md): every service reads them
 * in paths, bodies and events with the same rule and the same message. Whether a NUTS code exists in the
 * classification is region-service's business; this is only its shape.
 */
public final class ContractPatterns {
    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String UUID_RULE = "must be a UUID";
    public static final String NUTS_CODE = "^[A-Z]{2}[A-Z0-9]{0,3}$";
    /** A date-time with offset (ISO 8601), as query parameters and bodies take times. */
    public static final String INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";
    public static final String INSTANT_RULE = "must be a date-time with offset, e.g. 2026-11-30T10:15:30Z";
    public static final String NUTS_CODE_RULE = "must be a NUTS code: 2 upper-case letters followed by 0-3 upper-case "
            + "letters or digits, e.g. ES51";

    private ContractPatterns() {
    }
}
