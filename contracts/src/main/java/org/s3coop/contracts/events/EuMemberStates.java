package org.s3coop.contracts.events;

import java.util.Set;

/**
 * The EU-27 by their NUTS level-0 codes (Eurostat's: {@code EL} is Greece), as the public contract lists them. Contract
 * data the services share: region-service derives a region's {@code euMemberState} from it, and readers of region
 * events fall back on it for events written before the field existed.
 */
public final class EuMemberStates {
    public static final Set<String> CODES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI",
            "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private EuMemberStates() {
    }

    /** Whether the NUTS code (any level) lies in an EU Member State. */
    public static boolean contains(String nutsCode) {
        return nutsCode != null && nutsCode.length() >= 2 && CODES.contains(nutsCode.substring(0, 2));
    }
}
