package org.s3coop.partnership.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.rest.dto.ProjectHistoryEntryView;
import org.s3coop.partnership.rest.dto.ProjectInput;
import org.s3coop.partnership.rest.dto.ProjectTransitionRequest;
import org.s3coop.partnership.rest.dto.ProjectView;
import org.s3coop.partnership.service.ProjectService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.rest.Csv;
import org.s3coop.platform.rest.Negotiation;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/partnerships/{id}/projects")
@Tag(name = "Investment projects", description = "A partnership's investment projects: instrument, TRL, money, status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
    private static final List<MediaType> LIST_TYPES = List.of(MediaType.APPLICATION_JSON_TYPE, Csv.TYPE);

    @Inject
    ProjectService service;
    @Inject
    UriInfo uriInfo;
    @Inject
    HttpHeaders headers;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(operationId = "listProjects", summary = "List a partnership's investment projects",
            description = "Oldest first, all of them (no paging). By `Accept`: JSON or `text/csv` (one row per "
                    + "project, regions and organisations as `A;B`).")
    @APIResponse(responseCode = "200", description = "The projects", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "id,title,instrument,status,regions,organisations,trlStart,trlTarget,budgetEur,"
                            + "requestedEur,grantedEur,startsOn,endsOn,version,createdAt,updatedAt\r\n"
                            + "0b6c3c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e,Tray line,I3_STRAND_1,FUNDED,ES51;ITC4,,4,7,"
                            + "2000000.00,1500000.00,1250000.00,2026-09-01,2028-08-31,4,2026-03-02T09:15:30Z,"
                            + "2026-05-02T10:00:00Z\r\n") })
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor CSV")
    public Uni<Response> list(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        MediaType as = Negotiation.choose(headers, LIST_TYPES);
        return service.list(UUID.fromString(id)).map(xs -> xs.stream().map(ProjectView::of).toList())
                .map(xs -> Response.ok(as.equals(Csv.TYPE) ? Csv.write(PartnershipCsv.PROJECT_COLUMNS, xs,
                        PartnershipCsv::project) : xs, as).build());
    }

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "recordProject", summary = "Record an investment project",
            description = "By the editors of an active lead region (or an admin): a new project, as an IDEA. Its "
                    + "regions must be active members, its organisations participants of the partnership. Publishes "
                    + "org.s3coop.partnership.project-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the project, ETag its version",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (a TRL target below the start, an end before the "
            + "start, an organisation that is no participant)")
    @APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: RECORD_PROJECT)")
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The partnership is closed")
    @APIResponse(responseCode = "422", description = "A region that is no active member (not-a-member)")
    public Uni<Response> record(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @NotNull @Valid ProjectInput body) {
        return service.record(UUID.fromString(id), body.toDetails()).map(x -> Response.created(location(x.partnershipId,
                x.id)).tag(Versions.etag(x.version)).entity(ProjectView.of(x)).build());
    }

    @GET
    @Path("/{projectId}")
    @Operation(operationId = "getProject", summary = "Read an investment project", description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "404", description = "No such project in this partnership")
    public Uni<Response> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("projectId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String projectId) {
        return service.get(UUID.fromString(id), UUID.fromString(projectId)).map(x -> Versions.ok(ProjectView.of(x), x.version));
    }

    @PUT
    @Path("/{projectId}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateProject", summary = "Edit an investment project's details",
            description = "By the editors of an active lead region (or an admin); honours If-Match (the project's "
                    + "version). Publishes org.s3coop.partnership.project-updated.v1.")
    @APIResponse(responseCode = "200", description = "The project now",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: RECORD_PROJECT)")
    @APIResponse(responseCode = "404", description = "No such project in this partnership")
    @APIResponse(responseCode = "409", description = "The partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "A region that is no active member (not-a-member)")
    public Uni<Response> update(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("projectId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String projectId,
            @HeaderParam("If-Match") @Parameter(description = "The project's version read, e.g. \"2\"") String ifMatch,
            @NotNull @Valid ProjectInput body) {
        return service.update(UUID.fromString(id), UUID.fromString(projectId), body.toDetails(),
                ExpectedVersion.ifMatch(ifMatch)).map(x -> Versions.ok(ProjectView.of(x), x.version));
    }

    @POST
    @Path("/{projectId}/transitions")
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "transitionProject", summary = "Move an investment project through its statuses",
            description = "By the editors of an active lead region (or an admin): IDEA -PREPARE-> PREPARING -SUBMIT-> "
                    + "SUBMITTED -FUND-> FUNDED | -REJECT-> REJECTED; FUNDED -START-> RUNNING -COMPLETE-> COMPLETED; "
                    + "WITHDRAW from any open status. REJECT and WITHDRAW need a reason. Honours If-Match (the "
                    + "project's version). A project FUNDED or RUNNING meets the INVESTMENT_PROJECT criterion; the "
                    + "passed gates are re-evaluated. Publishes org.s3coop.partnership.project-status-changed.v1.")
    @APIResponse(responseCode = "200", description = "The project now",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "A reason missing where the action needs one")
    @APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: MOVE_PROJECT)")
    @APIResponse(responseCode = "404", description = "No such project in this partnership")
    @APIResponse(responseCode = "409", description = "The action does not start from the project's status "
            + "(invalid-transition), or the partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Uni<Response> transition(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("projectId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String projectId,
            @HeaderParam("If-Match") @Parameter(description = "The project's version read, e.g. \"2\"") String ifMatch,
            @NotNull @Valid ProjectTransitionRequest body) {
        return service.transition(UUID.fromString(id), UUID.fromString(projectId), body.action(), body.reason(),
                ExpectedVersion.ifMatch(ifMatch)).map(x -> Versions.ok(ProjectView.of(x), x.version));
    }

    @GET
    @Path("/{projectId}/history")
    @Operation(operationId = "getProjectHistory", summary = "Read an investment project's history",
            description = "Every status change, oldest first (the recording and edits are in the partnership's audit trail).")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectHistoryEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such project in this partnership")
    public Uni<List<ProjectHistoryEntryView>> history(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("projectId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String projectId) {
        return service.history(UUID.fromString(id), UUID.fromString(projectId))
                .map(ts -> ts.stream().map(ProjectHistoryEntryView::of).toList());
    }

    private URI location(UUID id, UUID projectId) {
        return uriInfo.getBaseUriBuilder().path("api/v1/partnerships").path(id.toString()).path("projects")
                .path(projectId.toString()).build();
    }
}
