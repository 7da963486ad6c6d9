package org.s3coop.partnership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a gate looks at: the partnership and its programme, the read model's view of its member regions (absent =
 * unknown), the number of open BLOCKING challenges on it or on its active member regions, the number of its investment
 * projects FUNDED or RUNNING, and the day (commitment letters hold per day, UTC).
 */
public record GateInputs(Partnership partnership, Programme programme, Map<String, KnownRegion> regions,
        long blockingChallenges, long fundedProjects, LocalDate today) {

    /** The ACTIVE members (consent given), whatever the read model says of their regions. */
    public List<Member> activeMembers() {
        return partnership.members.stream().filter(Member::isActive).toList();
    }

    /** ACTIVE members whose regions are known to the read model and active: the regions that count. */
    public List<KnownRegion> countingRegions() {
        return activeMembers().stream().map(m -> regions.get(m.regionCode())).filter(Objects::nonNull)
                .filter(r -> r.active).toList();
    }
}
