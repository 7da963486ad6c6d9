package org.s3coop.region.domain;

import java.util.regex.Pattern;

/**
 * A NUTS code: two upper-case letters (the Eurostat country code, {@code EL} for Greece) followed by 0-3 upper-case
 * letters or digits. Its level is its length minus two.
 */
public final class NutsCode {
    public static final String PATTERN = "^[A-Z]{2}[A-Z0-9]{0,3}$";
    public static final String RULE = "must be a NUTS code: 2 upper-case letters followed by 0-3 upper-case letters or digits, e.g. ES51";
    private static final Pattern REGEX = Pattern.compile(PATTERN);

    private NutsCode() {
    }

    public static boolean isValid(String code) {
        return code != null && REGEX.matcher(code).matches();
    }

    public static String country(String code) {
        return code.substring(0, 2);
    }

    public static int level(String code) {
        return code.length() - 2;
    }
}
