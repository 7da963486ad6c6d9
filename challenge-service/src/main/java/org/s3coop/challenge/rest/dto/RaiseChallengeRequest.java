package org.s3coop.challenge.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.rest.ChallengePatterns;
import org.s3coop.challenge.rest.Ids;
import org.s3coop.challenge.service.command.RaiseChallenge;
import org.s3coop.platform.contract.ContractPatterns;

@Schema(name = "RaiseChallenge", description = "A challenge to raise")
public record RaiseChallengeRequest(
        @NotNull @Pattern(regexp = ChallengePatterns.CATALOGUE_CODE, message = ChallengePatterns.CATALOGUE_CODE_RULE)
        @Schema(required = true, example = "CAPACITY") String cluster,
        @Pattern(regexp = ChallengePatterns.CATALOGUE_CODE, message = ChallengePatterns.CATALOGUE_CODE_RULE)
        @Schema(example = "INSUFFICIENT_TIME", description = "Optional; must be a sub-dimension of the cluster") String subDimension,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "No staff time for the pilot") String title,
        @Size(max = 4000) @Schema(example = "The regional agencies cannot free staff for the joint pilot line.") String description,
        @NotNull @Valid @Schema(required = true) ScopeInput scope,
        @NotNull @Schema(required = true, example = "BLOCKING") Severity severity,
        @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
        @Schema(description = "The meeting where it arose (a known meeting, 422 otherwise)", format = "uuid") String meetingId) {

    public RaiseChallenge toCommand() {
        return new RaiseChallenge(cluster, subDimension, title, description, new Scope(scope.type(), scope.ref()),
                severity, Ids.uuid(meetingId));
    }
}
