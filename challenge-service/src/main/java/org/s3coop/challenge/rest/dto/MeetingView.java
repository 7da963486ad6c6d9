package org.s3coop.challenge.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Attendance;
import org.s3coop.challenge.domain.Meeting;
import org.s3coop.challenge.domain.MeetingAction;
import org.s3coop.challenge.domain.MeetingKind;
import org.s3coop.challenge.domain.MeetingStatus;
import org.s3coop.challenge.service.MeetingService;

@Schema(name = "Meeting", description = "A meeting of the working group, with what arose at it (read of one meeting)")
public record MeetingView(
        UUID id,
        @Schema(example = "Kick-off of the working group") String title,
        @Schema(example = "KICK_OFF") MeetingKind kind,
        @Schema(example = "2023-06-08") LocalDate date,
        @Schema(example = "ES51") String hostRegion,
        @Schema(description = "null when none was given", nullable = true) String agenda,
        AttendanceView attendance,
        @Schema(description = "null until recorded", nullable = true) String minutes,
        List<String> decisions,
        @Schema(example = "HELD") MeetingStatus status,
        @Schema(description = "The actions its status allows now") List<MeetingAction> allowedActions,
        @Schema(description = "Version, also sent as ETag", example = "2") long version,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Ids of the challenges raised at it (read of one meeting; absent in lists)", nullable = true)
        List<UUID> challenges,
        @Schema(description = "The solutions proposed at it (read of one meeting; absent in lists)", nullable = true)
        List<SolutionRef> solutions,
        @Schema(description = "Codes of the ranking rounds held at it (read of one meeting; absent in lists)", nullable = true)
        List<String> rounds) {

    @Schema(name = "Attendance", description = "Who attended: regions and organisations")
    public record AttendanceView(List<String> regions, List<String> organisations) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.regions(), a.organisations());
        }
    }

    @Schema(name = "SolutionRef", description = "A solution and the challenge it belongs to")
    public record SolutionRef(UUID id, UUID challengeId) {
    }

    public static MeetingView of(Meeting m) {
        return of(m, null, null, null);
    }

    public static MeetingView of(MeetingService.MeetingDetails d) {
        return of(d.meeting(), d.challenges().stream().map(c -> c.id).toList(),
                d.solutions().stream().map(s -> new SolutionRef(s.id, s.challengeId)).toList(),
                d.rounds().stream().map(r -> r.code).toList());
    }

    private static MeetingView of(Meeting m, List<UUID> challenges, List<SolutionRef> solutions, List<String> rounds) {
        return new MeetingView(m.id, m.title, m.kind, m.date, m.hostRegion, m.agenda, AttendanceView.of(m.attendance),
                m.minutes, m.decisions, m.status, MeetingAction.availableFrom(m.status), m.version, m.createdBy,
                m.createdAt, m.updatedAt, challenges, solutions, rounds);
    }
}
