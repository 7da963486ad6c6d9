package org.s3coop.partnership.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.rest.dto.GateProblemView;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.rest.dto.TransitionRequest;
import org.s3coop.partnership.service.TransitionService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/partnerships/{id}/transitions")
@Tag(name = "Transitions", description = "The partnership lifecycle: advance through gates, revert, hold, resume, close")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransitionResource {
    @Inject
    TransitionService service;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "transitionPartnership", summary = "Move a partnership through its lifecycle",
            description = "By the editors of an active lead region (or an admin): ADVANCE to the next stage when every "
                    + "criterion of its gate is met; REVERT to any earlier stage with a trigger and a reason; HOLD "
                    + "(ACTIVE→ON_HOLD); RESUME (ON_HOLD→ACTIVE); CLOSE with an outcome; DISMISS_RESCOPING with a "
                    + "reason (clears the re-scoping recommendation, stage and status stay). Honours If-Match: of two "
                    + "requests on the same version exactly one applies. Publishes stage-advanced, stage-reverted, "
                    + "put-on-hold, resumed, closed or rescoping-dismissed.")
    @APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: the action)")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "Gate criteria unmet (listed in `unmetCriteria`), a transition "
            + "the current state does not allow, or a closed partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = GateProblemView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> transition(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid TransitionRequest body) {
        return service.transition(UUID.fromString(id), body.toTransition(), ExpectedVersion.ifMatch(ifMatch))
                .map(p -> Versions.ok(PartnershipView.of(p), p.version));
    }
}
