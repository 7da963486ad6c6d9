package org.s3coop.challenge.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A meeting of the working group: where challenges are ranked and raised, and solutions proposed (they refer to
 * it). {@code PLANNED → HELD → MINUTES_PUBLISHED} ({@link MeetingAction}); once its minutes are published it no
 * longer changes. The version starts at 1 and grows by one per change.
 */
@Entity
@Table(name = "meeting")
public class Meeting {
    @Id
    public UUID id;
    public String title;
    @Enumerated(EnumType.STRING)
    public MeetingKind kind;
    @Column(name = "meeting_date")
    public LocalDate date;
    @Column(name = "host_region")
    public String hostRegion;
    public String agenda;
    @Convert(converter = AttendanceConverter.class)
    public Attendance attendance;
    public String minutes;
    @Convert(converter = StringListConverter.class)
    public List<String> decisions;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;
    public long version;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** What a meeting says about itself; everything but its status. */
    public record Description(String title, MeetingKind kind, LocalDate date, String hostRegion, String agenda,
            Attendance attendance, String minutes, List<String> decisions) {
    }

    public static Meeting plan(Description d, String actor) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.status = MeetingStatus.PLANNED;
        m.createdBy = actor;
        m.createdAt = UtcClock.now();
        m.version = 0;
        m.apply(d);
        return m;
    }

    /** Describes the meeting anew, or 409 {@code meeting-read-only} once its minutes are published. */
    public void describe(Description d) {
        requireOpen();
        apply(d);
    }

    /**
     * Moves the meeting on, or 409 {@code invalid-transition}: MARK_HELD from PLANNED once its date has come;
     * PUBLISH_MINUTES from HELD when it has minutes.
     */
    public void transition(MeetingAction action) {
        MeetingStatus next = action.requireAllowedFrom(status);
        if (action == MeetingAction.MARK_HELD && date.isAfter(UtcClock.now().toLocalDate())) {
            throw ChallengeProblem.INVALID_TRANSITION.exception("Meeting " + id + " is on " + date
                    + "; it can be marked held from that day on");
        }
        if (action == MeetingAction.PUBLISH_MINUTES && minutes.isBlank()) {
            throw ChallengeProblem.INVALID_TRANSITION.exception("Meeting " + id
                    + " has no minutes to publish; write them (PUT) first");
        }
        status = next;
        changed();
    }

    /** Fails with 409 {@code meeting-read-only} once the minutes are published. */
    public void requireOpen() {
        if (status == MeetingStatus.MINUTES_PUBLISHED) {
            throw ChallengeProblem.MEETING_READ_ONLY.exception("Meeting " + id
                    + " has published its minutes; it no longer changes");
        }
    }

    public Description description() {
        return new Description(title, kind, date, hostRegion, agenda, attendance, minutes, decisions);
    }

    private void apply(Description d) {
        title = Challenge.stripped(d.title());
        kind = d.kind();
        date = d.date();
        hostRegion = d.hostRegion();
        agenda = Challenge.stripped(d.agenda());
        attendance = d.attendance() == null ? Attendance.NONE : d.attendance();
        minutes = Challenge.stripped(d.minutes());
        decisions = d.decisions() == null ? List.of()
                : d.decisions().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        changed();
    }

    private void changed() {
        version++;
        updatedAt = UtcClock.now();
    }
}
