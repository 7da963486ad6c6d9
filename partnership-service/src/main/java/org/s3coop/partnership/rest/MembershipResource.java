package org.s3coop.partnership.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.domain.Participant;
import org.s3coop.partnership.rest.dto.AddParticipant;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.rest.dto.PutMember;
import org.s3coop.partnership.service.PartnershipService;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.rest.ContractPatterns;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/partnerships/{id}")
@Tag(name = "Members and participants", description = "The regions and organisations of a partnership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {
    @Inject
    PartnershipService service;
    @Inject
    UriInfo uriInfo;

    @PUT
    @Path("/members/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "putMember", summary = "Add a member region, or change its role and contribution",
            description = "Editors of a member region may add regions known to this service and active. Honours "
                    + "If-Match. Publishes org.s3coop.partnership.member-joined.v1 (also when an existing member's role "
                    + "or contribution changes).")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The partnership is closed, or already has its 50 members "
            + "(member-limit-reached)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The region is unknown to this service or retired")
    public Uni<Response> putMember(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid PutMember body) {
        return service.putMember(UUID.fromString(id), body.toMember(regionCode), ExpectedVersion.ifMatch(ifMatch))
                .map(p -> Versions.ok(PartnershipView.of(p), p.version));
    }

    @DELETE
    @Path("/members/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "removeMember", summary = "Remove a member region",
            description = "The lead region cannot leave. Honours If-Match. Publishes org.s3coop.partnership.member-left.v1.")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or the region is not a member")
    @APIResponse(responseCode = "409", description = "The region leads the partnership, or the partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> removeMember(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") String ifMatch) {
        return service.removeMember(UUID.fromString(id), regionCode, ExpectedVersion.ifMatch(ifMatch))
                .map(p -> Versions.ok(PartnershipView.of(p), p.version));
    }

    @POST
    @Idempotent
    @Path("/participants")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "addParticipant", summary = "Add a participant organisation",
            description = "An organisation of a member region, with its stakeholder type (the helix it stands for). "
                    + "Honours If-Match. Publishes org.s3coop.partnership.evidence-updated.v1 with evidence=participants.")
    @APIResponse(responseCode = "201", description = "Added; Location names it, ETag is the partnership's new version",
            content = @Content(schema = @Schema(implementation = Participant.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The partnership is closed, or already has its 200 participants "
            + "(participant-limit-reached)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The region is not a member")
    public Uni<Response> addParticipant(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AddParticipant body) {
        return service.addParticipant(UUID.fromString(id), body.toCommand(), ExpectedVersion.ifMatch(ifMatch)).map(added -> Response
                .created(uriInfo.getBaseUriBuilder().path("api/v1/partnerships").path(id).path("participants")
                        .path(added.participant().id().toString()).build())
                .tag(Versions.etag(added.partnership().version)).entity(added.participant()).build());
    }

    @GET
    @Path("/participants/{participantId}")
    @Operation(operationId = "getParticipant", summary = "Read a participant")
    @APIResponse(responseCode = "200", description = "The participant",
            content = @Content(schema = @Schema(implementation = Participant.class)))
    @APIResponse(responseCode = "404", description = "No such partnership or participant")
    public Uni<Participant> getParticipant(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("participantId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String participantId) {
        return service.get(UUID.fromString(id)).map(p -> p.participant(UUID.fromString(participantId))
                .orElseThrow(() -> ProblemException.notFound("No participant " + participantId + " in partnership " + id)));
    }
}
