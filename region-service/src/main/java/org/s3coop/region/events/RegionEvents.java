package org.s3coop.region.events;

import java.util.List;

import org.s3coop.contracts.events.EuMemberStates;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.Region;

/**
 * The events region-service publishes on {@code s3coop.regions.v1}, keyed by region code. Their data is the
 * region's full state after the change (with its place in the NUTS classification: parent, official name, whether
 * it lies in an EU Member State), so consumers never call back; the outbox adds who made the change ({@code actor}).
 */
public final class RegionEvents {
    public static final String REGISTERED = "org.s3coop.region.registered.v1";
    public static final String UPDATED = "org.s3coop.region.updated.v1";
    public static final String RETIRED = "org.s3coop.region.retired.v1";

    private RegionEvents() {
    }

    /** Data of every region event. */
    public record RegionData(String code, String name, String country, int level, String parent, String officialName,
            boolean euMemberState, String nutsVersion, List<Priority> priorities, boolean active, long version) {
    }

    public static DomainEvent of(String type, Region r) {
        return DomainEvent.of(type, r.code, new RegionData(r.code, r.name, r.country, r.level, r.parent(),
                r.officialName, EuMemberStates.contains(r.code), r.nutsVersion, r.priorities, r.active, r.version));
    }
}
