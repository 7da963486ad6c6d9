package org.s3coop.partnership.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a gate looks at: the partnership, the read model's view of its member regions (absent = unknown), and the
 * number of open BLOCKING challenges on it.
 */
public record GateInputs(Partnership partnership, Map<String, KnownRegion> regions, long blockingChallenges) {

    /** Members known to the read model and active. */
    public List<KnownRegion> activeMembers() {
        return partnership.memberCodes().stream().map(regions::get).filter(Objects::nonNull).filter(r -> r.active)
                .toList();
    }
}
