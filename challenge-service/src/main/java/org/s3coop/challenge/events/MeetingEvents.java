package org.s3coop.challenge.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.challenge.domain.Attendance;
import org.s3coop.challenge.domain.Meeting;
import org.s3coop.challenge.domain.MeetingAction;
import org.s3coop.challenge.domain.MeetingKind;
import org.s3coop.challenge.domain.MeetingStatus;
import org.s3coop.platform.events.DomainEvent;

/**
 * Meeting events on {@code s3coop.challenges.v1}, keyed by meeting id; the data is the meeting's full state after the
 * change. The outbox adds {@code actor}.
 */
public final class MeetingEvents {
    public static final String PLANNED = "org.s3coop.meeting.planned.v1";
    public static final String UPDATED = "org.s3coop.meeting.updated.v1";
    public static final String HELD = "org.s3coop.meeting.held.v1";
    public static final String MINUTES_PUBLISHED = "org.s3coop.meeting.minutes-published.v1";

    private MeetingEvents() {
    }

    public record MeetingData(UUID id, String title, MeetingKind kind, LocalDate date, String hostRegion, String agenda,
            Attendance attendance, String minutes, List<String> decisions, MeetingStatus status, long version,
            OffsetDateTime updatedAt) {
    }

    public static DomainEvent planned(Meeting m, String actor) {
        return of(PLANNED, m, actor);
    }

    public static DomainEvent updated(Meeting m, String actor) {
        return of(UPDATED, m, actor);
    }

    public static DomainEvent transitioned(Meeting m, MeetingAction action, String actor) {
        return of(switch (action) {
            case MARK_HELD -> HELD;
            case PUBLISH_MINUTES -> MINUTES_PUBLISHED;
        }, m, actor);
    }

    private static DomainEvent of(String type, Meeting m, String actor) {
        return DomainEvent.of(type, m.id.toString(), new MeetingData(m.id, m.title, m.kind, m.date, m.hostRegion,
                m.agenda, m.attendance, m.minutes, m.decisions, m.status, m.version, m.updatedAt)).by(actor);
    }
}
