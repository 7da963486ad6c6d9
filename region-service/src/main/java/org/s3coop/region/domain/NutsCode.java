package org.s3coop.region.domain;

/**
 * What a NUTS code says of its region: the first two letters are the country (Eurostat's code, {@code EL} for
 * Greece), each further character is one level down, so the level is the length minus two and the parent is the code
 * without its last character. Its syntax is the contract's ({@code ContractPatterns.NUTS_CODE}), checked where codes
 * come in; whether it is a code of the classification is {@link NutsRegion}'s table.
 */
public final class NutsCode {
    private NutsCode() {
    }

    public static String country(String code) {
        return code.substring(0, 2);
    }

    public static int level(String code) {
        return code.length() - 2;
    }

    /** The code one level up; null for a country (level 0). */
    public static String parent(String code) {
        return code.length() <= 2 ? null : code.substring(0, code.length() - 1);
    }
}
