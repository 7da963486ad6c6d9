package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.rest.ChallengePatterns;
import org.s3coop.challenge.rest.Dates;
import org.s3coop.challenge.service.command.PutMember;

@Schema(name = "PutWorkingGroupMember", description = "A region's membership of the working group: its representatives "
        + "(replaced as a whole) and the day it joined")
public record PutMemberRequest(
        @NotNull @Size(max = 20) @Schema(required = true, description = "Its representatives' organisations (may be empty)")
        List<@Valid RepresentativeInput> representatives,
        @Pattern(regexp = ChallengePatterns.DATE, message = ChallengePatterns.DATE_RULE)
        @Schema(type = SchemaType.STRING, format = "date", example = "2023-06-08",
                description = "The day it joined; absent: today for a region that joins, unchanged otherwise") String joinedOn) {

    public PutMember toCommand(String regionCode) {
        return new PutMember(regionCode, representatives.stream().map(RepresentativeInput::toDomain).toList(),
                Dates.date(joinedOn, "joinedOn"));
    }
}
