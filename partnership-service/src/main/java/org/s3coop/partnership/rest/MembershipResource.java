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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.domain.Participant;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.rest.dto.AddParticipant;
import org.s3coop.partnership.rest.dto.DecideInvitation;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.rest.dto.PutMember;
import org.s3coop.partnership.rest.dto.UpdateParticipant;
import org.s3coop.partnership.service.PartnershipService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.rest.ProblemResponsesFilter;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

/**
 * The regions of a partnership (members, invitations) and its participant organisations. Who may do what is the
 * rights table of docs/partnership-service.md; a refusal is a 403 naming the missing right.
 */
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
            description = "The leads' editors add regions known to this service and active: ACTIVE at once when the "
                    + "caller speaks for the region (admin, or the region in its regions claim), else INVITED until the "
                    + "region decides. The leads' editors change roles; a member's own editors change its contribution. "
                    + "Honours If-Match. Publishes org.s3coop.partnership.member-joined.v1 (a region ACTIVE now, or an "
                    + "active member changed) or member-invited.v1 (an invitation made or changed).")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: INVITE_MEMBER, "
            + "CHANGE_MEMBER_ROLE or CHANGE_CONTRIBUTION)")
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The partnership is closed, or already has its 50 members "
            + "(member-limit-reached)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The region is unknown to this service or retired, or lies within "
            + "a member or contains one (nested-member-regions)")
    public Uni<Response> putMember(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid PutMember body) {
        return service.putMember(UUID.fromString(id), regionCode, body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(MembershipResource::ok);
    }

    @DELETE
    @Path("/members/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "removeMember", summary = "Remove a member region, or withdraw its invitation",
            description = "The leads' editors remove a member or withdraw an invitation; a member's own editors make it "
                    + "leave. Its participants and commitment letter leave with it. The coordinating lead (leadRegion) "
                    + "cannot leave. Honours If-Match. Publishes org.s3coop.partnership.member-left.v1, or "
                    + "invitation-withdrawn.v1 for an invited region.")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: REMOVE_MEMBER)")
    @APIResponse(responseCode = "404", description = "No such partnership, or the region is not a member")
    @APIResponse(responseCode = "409", description = "The region leads the partnership, or the partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> removeMember(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") String ifMatch) {
        return service.removeMember(UUID.fromString(id), regionCode, ExpectedVersion.ifMatch(ifMatch))
                .map(MembershipResource::ok);
    }

    @POST
    @Idempotent
    @Path("/members/{regionCode}/decision")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "decideInvitation", summary = "Accept or decline an invitation",
            description = "The invited region's editors (or an admin) ACCEPT — the region becomes an ACTIVE member and "
                    + "counts from now on; publishes org.s3coop.partnership.member-joined.v1 — or DECLINE — the "
                    + "invitation ends; publishes invitation-declined.v1. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "403", description = "Not the invited region's editor (`missingRight`: DECIDE_INVITATION)")
    @APIResponse(responseCode = "404", description = "No such partnership, or the region is not invited to it")
    @APIResponse(responseCode = "409", description = "The region is an active member already (no-pending-invitation), "
            + "or the partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "ACCEPT: the region was retired since it was invited")
    public Uni<Response> decide(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid DecideInvitation body) {
        return service.decide(UUID.fromString(id), regionCode, body.decision(), ExpectedVersion.ifMatch(ifMatch))
                .map(MembershipResource::ok);
    }

    @POST
    @Idempotent
    @Path("/participants")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "addParticipant", summary = "Add a participant organisation",
            description = "An organisation of an active member region, with its stakeholder type (the helix it stands "
                    + "for), added by the leads' editors or the region's own. Honours If-Match. Publishes "
                    + "org.s3coop.partnership.evidence-updated.v1 with evidence=participants.")
    @APIResponse(responseCode = "201", description = "Added; Location names it, ETag is the partnership's new version",
            headers = @Header(name = "ETag", ref = ProblemResponsesFilter.ETAG),
            content = @Content(schema = @Schema(implementation = Participant.class)))
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: ADD_PARTICIPANT)")
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The partnership is closed, or already has its 200 participants "
            + "(participant-limit-reached)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The region is not an active member")
    public Uni<Response> addParticipant(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AddParticipant body) {
        return service.addParticipant(UUID.fromString(id), body.toCommand(), ExpectedVersion.ifMatch(ifMatch)).map(added -> Response
                .created(uriInfo.getBaseUriBuilder().path("api/v1/partnerships").path(id).path("participants")
                        .path(added.participant().id().toString()).build())
                .tag(Versions.etag(added.partnership().version)).entity(added.participant()).build());
    }

    @GET
    @Path("/participants/{participantId}")
    @Operation(operationId = "getParticipant", summary = "Read a participant",
            description = "One organisation taking part in the partnership (name, stakeholder type, region)")
    @APIResponse(responseCode = "200", description = "The participant",
            content = @Content(schema = @Schema(implementation = Participant.class)))
    @APIResponse(responseCode = "404", description = "No such partnership or participant")
    public Uni<Participant> getParticipant(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("participantId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String participantId) {
        return service.get(UUID.fromString(id)).map(p -> p.participant(UUID.fromString(participantId))
                .orElseThrow(() -> ProblemException.notFound("No participant " + participantId + " in partnership " + id)));
    }

    @PUT
    @Path("/participants/{participantId}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateParticipant", summary = "Rename a participant or change its type",
            description = "By the leads' editors or the participant's region's own; its region stays. Honours If-Match. "
                    + "Publishes org.s3coop.partnership.evidence-updated.v1 with evidence=participants.")
    @APIResponse(responseCode = "200", description = "The participant now; ETag is the partnership's new version",
            headers = @Header(name = "ETag", ref = ProblemResponsesFilter.ETAG),
            content = @Content(schema = @Schema(implementation = Participant.class)))
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: UPDATE_PARTICIPANT)")
    @APIResponse(responseCode = "404", description = "No such partnership or participant")
    @APIResponse(responseCode = "409", description = "The partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> updateParticipant(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("participantId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String participantId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid UpdateParticipant body) {
        return service.updateParticipant(UUID.fromString(id), UUID.fromString(participantId), body.toCommand(),
                ExpectedVersion.ifMatch(ifMatch)).map(changed -> Versions.ok(changed.participant(),
                        changed.partnership().version));
    }

    @DELETE
    @Path("/participants/{participantId}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "removeParticipant", summary = "Remove a participant",
            description = "By the leads' editors or the participant's region's own. Honours If-Match. Publishes "
                    + "org.s3coop.partnership.evidence-updated.v1 with evidence=participants.")
    @APIResponse(responseCode = "200", description = "The partnership now",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: REMOVE_PARTICIPANT)")
    @APIResponse(responseCode = "404", description = "No such partnership or participant")
    @APIResponse(responseCode = "409", description = "The partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> removeParticipant(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("participantId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String participantId,
            @HeaderParam("If-Match") String ifMatch) {
        return service.removeParticipant(UUID.fromString(id), UUID.fromString(participantId),
                ExpectedVersion.ifMatch(ifMatch)).map(MembershipResource::ok);
    }

    static Response ok(Partnership p) {
        return Versions.ok(PartnershipView.of(p), p.version);
    }
}
