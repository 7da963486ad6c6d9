package org.s3coop.challenge.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.rest.dto.AdoptionRequest;
import org.s3coop.challenge.rest.dto.AdoptionView;
import org.s3coop.challenge.rest.dto.PracticeInput;
import org.s3coop.challenge.rest.dto.PracticeView;
import org.s3coop.challenge.service.PracticeService;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/practices")
@Tag(name = "Good practices", description = "Adopted solutions published as good practices, and each region's adoption of them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeResource {
    private static final String STORY_RULE = " Admins, and editors of one of the solution's adopting regions, tell a "
            + "practice's story.";
    private static final String ADOPTION_STATUS = "^(PLANNED|IMPLEMENTING|IMPLEMENTED|ABANDONED)$";
    private static final String ADOPTION_STATUS_RULE = "must be one of PLANNED, IMPLEMENTING, IMPLEMENTED, ABANDONED";

    @Inject
    PracticeService service;
    @Inject
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "publishPractice", summary = "Publish an adopted solution as a good practice",
            description = "The solution must be ADOPTED (409 solution-not-adopted) and not published yet (409 "
                    + "practice-exists)." + STORY_RULE + " Publishes org.s3coop.practice.published.v1.")
    @APIResponse(responseCode = "201", description = "Published; Location names the practice",
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "409", description = "The solution is not ADOPTED, or is published already")
    @APIResponse(responseCode = "422", description = "No such solution")
    public Uni<Response> publish(@NotNull @Valid PracticeInput body) {
        return service.publish(body.toPublication()).map(p -> Response.created(uriInfo.getBaseUriBuilder()
                .path("api/v1/practices").path(p.id.toString()).build())
                .tag(Versions.etag(p.version)).entity(PracticeView.of(p, List.of())).build());
    }

    @GET
    @Operation(operationId = "listPractices", summary = "List good practices",
            description = "Newest first; `region`: the practices that region adopts (`status`: in that status).")
    @APIResponse(responseCode = "200", description = "One page of practices")
    public Uni<Page<PracticeView>> list(
            @QueryParam("region") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(description = "Adopted by this region", example = "DE21") String region,
            @QueryParam("status") @Pattern(regexp = ADOPTION_STATUS, message = ADOPTION_STATUS_RULE)
            @Parameter(description = "Adoption status (of the region, when given; else of any region)",
                    schema = @Schema(implementation = AdoptionStatus.class)) String status,
            @Valid @BeanParam PageRequest pageRequest) {
        return service.list(region, status == null ? null : AdoptionStatus.valueOf(status), pageRequest)
                .map(p -> p.map(PracticeView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPractice", summary = "Read a good practice",
            description = "With every region's adoption. The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The practice",
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "404", description = "No such practice")
    public Uni<Response> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.get(UUID.fromString(id)).map(d -> Versions.ok(PracticeView.of(d), d.practice().version));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updatePractice", summary = "Tell a good practice's story anew",
            description = "Replaces title, summary, context, conditions for transfer, contact organisation and evidence "
                    + "links. Honours If-Match." + STORY_RULE + " Publishes org.s3coop.practice.updated.v1.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "404", description = "No such practice")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> update(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid PracticeInput body) {
        return service.describe(UUID.fromString(id), body.solution(), body.toStory(), ExpectedVersion.ifMatch(ifMatch))
                .map(d -> Versions.ok(PracticeView.of(d), d.practice().version));
    }

    @PUT
    @Path("/{id}/adoptions/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "putAdoption", summary = "Start or change a region's adoption of a good practice",
            description = "The region's adaptation notes and status: PLANNED → IMPLEMENTING → IMPLEMENTED | ABANDONED "
                    + "(ABANDONED also from PLANNED; staying in a status changes the notes only; a new adoption may start "
                    + "in any status, the region must then be known and active). Only the region's editor, or an admin. "
                    + "Honours If-Match (the adoption's version; 0 before it starts). Every change is kept in its "
                    + "history. Publishes org.s3coop.practice.adoption-changed.v1.")
    @APIResponse(responseCode = "201", description = "The region started adopting the practice",
            content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "200", description = "The adoption changed",
            content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "404", description = "No such practice")
    @APIResponse(responseCode = "409", description = "The status cannot move so")
    @APIResponse(responseCode = "412", description = "If-Match names another version of the adoption")
    @APIResponse(responseCode = "422", description = "The region is not known or is retired")
    public Uni<Response> putAdoption(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(example = "DE21") String regionCode,
            @HeaderParam("If-Match") @Parameter(description = "The adoption's version read, e.g. \"2\"") String ifMatch,
            @NotNull @Valid AdoptionRequest body) {
        return service.changeAdoption(body.toCommand(UUID.fromString(id), regionCode), ExpectedVersion.ifMatch(ifMatch))
                .map(c -> {
                    AdoptionView view = AdoptionView.of(c.adoption(), List.of());
                    if (c.started()) {
                        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/practices").path(id)
                                .path("adoptions").path(regionCode).build())
                                .tag(Versions.etag(c.adoption().version)).entity(view).build();
                    }
                    return Versions.ok(view, c.adoption().version);
                });
    }

    @GET
    @Path("/{id}/adoptions/{regionCode}")
    @Operation(operationId = "getAdoption", summary = "A region's adoption of a good practice, with its history",
            description = "The ETag header is the adoption's version.")
    @APIResponse(responseCode = "200", description = "The adoption",
            content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "404", description = "No such practice, or the region has not adopted it")
    public Uni<Response> adoption(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(example = "DE21") String regionCode) {
        return service.adoption(UUID.fromString(id), regionCode)
                .map(d -> Versions.ok(AdoptionView.of(d.adoption(), d.history()), d.adoption().version));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getPracticeAudit", summary = "The audit trail of a good practice and its adoptions",
            description = "Every change, oldest first: publication, story, each region's adoption (entity `adoption`, "
                    + "id = region).")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "404", description = "No such practice")
    public Uni<Page<AuditEntry>> audit(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest pageRequest) {
        return service.audit(UUID.fromString(id), query, pageRequest);
    }
}
