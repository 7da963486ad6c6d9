package org.s3coop.challenge.events;

import java.time.LocalDate;
import java.util.List;

import org.s3coop.challenge.domain.Representative;
import org.s3coop.challenge.domain.WorkingGroupMember;
import org.s3coop.platform.events.DomainEvent;

/**
 * Working-group membership events on {@code s3coop.challenges.v1}, keyed by region code. {@code member} is false
 * once the region has left; {@code version} grows by one per change (leaving included). The outbox adds
 * {@code actor}.
 */
public final class WorkingGroupEvents {
    public static final String MEMBER_JOINED = "org.s3coop.workinggroup.member-joined.v1";
    public static final String MEMBER_UPDATED = "org.s3coop.workinggroup.member-updated.v1";
    public static final String MEMBER_LEFT = "org.s3coop.workinggroup.member-left.v1";

    private WorkingGroupEvents() {
    }

    public record MemberData(String regionCode, boolean member, List<Representative> representatives,
            LocalDate joinedOn, long version) {
    }

    public static DomainEvent joined(WorkingGroupMember m, String actor) {
        return of(MEMBER_JOINED, m, true, actor);
    }

    public static DomainEvent updated(WorkingGroupMember m, String actor) {
        return of(MEMBER_UPDATED, m, true, actor);
    }

    public static DomainEvent left(WorkingGroupMember m, String actor) {
        return of(MEMBER_LEFT, m, false, actor);
    }

    private static DomainEvent of(String type, WorkingGroupMember m, boolean member, String actor) {
        return DomainEvent.of(type, m.regionCode, new MemberData(m.regionCode, member, m.representatives, m.joinedOn,
                m.version)).by(actor);
    }
}
