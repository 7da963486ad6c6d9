package org.s3coop.region.domain;

/**
 * What a NUTS code says of its region: the first two letters are the country (Eurostat's code, {@code EL} for
 * Greece), and each further character is one level down, so the level is the length minus two. Its syntax is the
 * contract's ({@code ContractPatterns.NUTS_CODE}), checked where codes come in.
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
}
