package org.s3coop.partnership.domain;

/** A NUTS code: two upper-case letters (the country) followed by 0-3 upper-case letters or digits. */
public final class NutsCode {
    public static final String PATTERN = "^[A-Z]{2}[A-Z0-9]{0,3}$";
    public static final String RULE = "must be a NUTS code: 2 upper-case letters followed by 0-3 upper-case letters or digits, e.g. ES51";

    private NutsCode() {
    }

    public static String country(String code) {
        return code.substring(0, 2);
    }
}
