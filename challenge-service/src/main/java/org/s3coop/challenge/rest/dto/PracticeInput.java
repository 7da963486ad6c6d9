package org.s3coop.challenge.rest.dto;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.Practice;
import org.s3coop.challenge.rest.ChallengePatterns;
import org.s3coop.challenge.rest.Ids;
import org.s3coop.challenge.service.command.PublishPractice;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.problem.ProblemException;

@Schema(name = "PracticeInput", description = "A good practice's story; to publish one, the ADOPTED solution it comes from")
public record PracticeInput(
        @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
        @Schema(description = "The solution (ADOPTED by at least one region): required to publish; on an update absent, "
                + "or the practice's own", format = "uuid") String solutionId,
        @Size(max = 200) @Schema(example = "Joint secretariat for interregional cooperation",
                description = "Absent: the solution's title") String title,
        @NotBlank @Size(max = 4000) @Schema(required = true, example = "Each region seconds one person half-time to a shared secretariat.")
        String summary,
        @Size(max = 8000) @Schema(example = "Four regions with one cooperation officer each; projects stalled between calls.")
        String context,
        @Size(max = 8000) @Schema(example = "A lead region willing to host the secretariat; a two-year commitment.")
        String conditionsForTransfer,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "ACCIÓ — Catalonia Trade & Investment") String contactOrganisation,
        @NotNull @Size(max = 20) @Schema(required = true, description = "http(s) links to the evidence (may be empty)",
                example = "[\"https://s3platform.example.eu/practices/joint-secretariat\"]")
        List<@NotNull @Pattern(regexp = ChallengePatterns.LINK, message = ChallengePatterns.LINK_RULE) String> evidenceLinks) {

    public Practice.Story toStory() {
        return new Practice.Story(title, summary, context, conditionsForTransfer, contactOrganisation, evidenceLinks);
    }

    /** The solution id, or null. */
    public UUID solution() {
        return Ids.uuid(solutionId);
    }

    public PublishPractice toPublication() {
        if (solutionId == null) {
            throw ProblemException.invalid("solutionId", "must not be null: the ADOPTED solution to publish");
        }
        return new PublishPractice(Ids.uuid(solutionId), toStory());
    }
}
