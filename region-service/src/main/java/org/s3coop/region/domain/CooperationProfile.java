package org.s3coop.region.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region's part in partnerships, from partnership events: active partnerships by stage, as lead and as
 * (non-lead) member, and how many are on hold.
 */
@Schema(name = "CooperationProfile")
public record CooperationProfile(
        @Schema(description = "Active partnerships the region leads or is a member of", example = "3") int activePartnerships,
        @Schema(description = "Active partnerships it leads, by stage") Map<String, Integer> asLead,
        @Schema(description = "Active partnerships it is a member of without leading, by stage") Map<String, Integer> asMember,
        @Schema(description = "Partnerships on hold it takes part in", example = "0") int onHold) {

    public static final String[] STAGES = { "SCOPING", "MAPPING", "PILOT", "SCALE_UP" };

    public static CooperationProfile none() {
        return new CooperationProfile(0, zeros(), zeros(), 0);
    }

    /** One row of the read model, counted: status, stage, lead or not, how many partnerships. */
    public CooperationProfile plus(String status, String stage, boolean lead, int count) {
        if ("ON_HOLD".equals(status)) {
            return new CooperationProfile(activePartnerships, asLead, asMember, onHold + count);
        }
        if (!"ACTIVE".equals(status)) {
            return this;
        }
        Map<String, Integer> leads = new LinkedHashMap<>(asLead);
        Map<String, Integer> members = new LinkedHashMap<>(asMember);
        (lead ? leads : members).merge(stage, count, Integer::sum);
        return new CooperationProfile(activePartnerships + count, leads, members, onHold);
    }

    private static Map<String, Integer> zeros() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String s : STAGES) {
            m.put(s, 0);
        }
        return m;
    }
}
