package org.s3coop.partnership.domain;

import java.util.Locale;

/** A member's role: the leads run the partnership (DESIGN.md section 8); the coordinating lead is {@code leadRegion}. */
public enum MemberRole {
    LEAD, PARTNER;

    /**
     * The role a request's free text stands for (clients sent {@code lead} and {@code partner} before roles were
     * fixed): {@code lead} in any case is LEAD; anything else, or nothing, is PARTNER. The coordinating lead region is
     * always LEAD.
     */
    public static MemberRole fromText(String text, boolean coordinatingLead) {
        if (coordinatingLead || text != null && text.strip().toLowerCase(Locale.ROOT).equals("lead")) {
            return LEAD;
        }
        return PARTNER;
    }
}
