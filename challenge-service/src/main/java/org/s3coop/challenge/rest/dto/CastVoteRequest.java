package org.s3coop.challenge.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.service.command.CastVote;

@Schema(name = "CastVote", description = "All clusters of the catalogue, each once, most critical first")
public record CastVoteRequest(
        @NotNull @Size(max = 50) @Schema(required = true, example = "[\"CAPACITY\",\"ALIGNING_ECOSYSTEMS\",\"FUNDING\","
                + "\"GOVERNANCE\",\"STAKEHOLDER_ENGAGEMENT\",\"KNOWLEDGE_AND_MONITORING\"]") List<String> clusters) {

    public CastVote toCommand(String round, String regionCode) {
        return new CastVote(round, regionCode, clusters);
    }
}
