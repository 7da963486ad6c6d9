package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.RoundAction;

@Schema(name = "RankingRoundTransitionRequest", description = "CLOSE: an OPEN round closes now and its result is frozen")
public record RoundTransitionRequest(@NotNull @Schema(required = true, example = "CLOSE") RoundAction action) {
}
