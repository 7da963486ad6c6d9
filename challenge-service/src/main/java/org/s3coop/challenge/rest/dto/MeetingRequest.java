package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.MeetingKind;
import org.s3coop.challenge.rest.ChallengePatterns;
import org.s3coop.challenge.rest.Dates;
import org.s3coop.challenge.service.command.DescribeMeeting;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "MeetingInput", description = "A meeting of the working group as planned or described anew (its status "
        + "moves by transitions)")
public record MeetingRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Kick-off of the working group") String title,
        @NotNull @Schema(required = true, example = "KICK_OFF") MeetingKind kind,
        @NotNull @Pattern(regexp = ChallengePatterns.DATE, message = ChallengePatterns.DATE_RULE)
        @Schema(required = true, type = SchemaType.STRING, format = "date", example = "2023-06-08") String date,
        @NotNull @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
        @Schema(required = true, example = "ES51", description = "A known region: its editor runs the meeting") String hostRegion,
        @Size(max = 8000) @Schema(example = "1. Tour de table 2. Ranking of the challenge clusters") String agenda,
        @Valid @Schema(description = "Absent: nobody recorded yet") AttendanceInput attendance,
        @Size(max = 20000) @Schema(description = "The minutes (needed before PUBLISH_MINUTES)") String minutes,
        @Size(max = 50) @Schema(example = "[\"Capacity is the first challenge to work on\"]")
        List<@NotBlank @Size(max = 2000) String> decisions) {

    public DescribeMeeting toCommand() {
        AttendanceInput a = attendance == null ? new AttendanceInput(null, null) : attendance;
        return new DescribeMeeting(title, kind, Dates.date(date, "date"), hostRegion, agenda, a.regions(),
                a.organisations(), minutes, decisions);
    }
}
