package org.s3coop.partnership.domain;

import java.util.Optional;

import org.s3coop.contracts.catalogue.PriorityCodes;

/**
 * When a region's priority meets a partnership's (SHARED_PRIORITY, and the re-scoping signal): same family and code;
 * or, for the economic domain, a NACE section and a division inside it, either way round ({@code C} meets {@code C22}
 * and {@code C22} meets {@code C}; {@code C21} does not meet {@code C22}). Sections come from the shared catalogue.
 */
public final class PriorityMatch {
    private PriorityMatch() {
    }

    public static boolean meets(String regionFamily, String regionCode, PartnershipPriority partnership) {
        String family = partnership.family().name();
        if (!family.equals(regionFamily)) {
            return false;
        }
        if (partnership.code().equals(regionCode)) {
            return true;
        }
        PriorityCodes catalogue = PriorityCodes.catalogue();
        Optional<String> wanted = catalogue.section(family, partnership.code());
        Optional<String> listed = catalogue.section(family, regionCode);
        return wanted.isPresent() && wanted.equals(listed)
                && (partnership.code().equals(wanted.get()) || regionCode.equals(listed.get()));
    }
}
