package org.s3coop.partnership.rest.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.service.command.InvitationDecision;

@Schema(name = "DecideInvitation", description = "The invited region's answer")
public record DecideInvitation(
        @NotNull @Schema(required = true, example = "ACCEPT") InvitationDecision decision) {
}
