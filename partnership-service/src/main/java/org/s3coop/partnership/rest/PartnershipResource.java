package org.s3coop.partnership.rest;

import java.net.URI;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.s3coop.partnership.domain.PartnershipPatterns;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.rest.dto.HistoryEntryView;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.rest.dto.ProposePartnership;
import org.s3coop.partnership.rest.dto.ReadinessView;
import org.s3coop.partnership.service.PartnershipReader;
import org.s3coop.partnership.service.PartnershipService;
import org.s3coop.partnership.service.TransitionService;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.rest.Csv;
import org.s3coop.platform.rest.Negotiation;
import org.s3coop.platform.rest.PathRule;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Interregional cooperation partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnershipResource {
    private static final List<MediaType> LIST_TYPES = List.of(MediaType.APPLICATION_JSON_TYPE, Csv.TYPE);

    @Inject
    PartnershipService service;
    @Inject
    PartnershipReader reader;
    @Inject
    TransitionService transitions;
    @Inject
    UriInfo uriInfo;
    @Inject
    HttpHeaders headers;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "proposePartnership", summary = "Propose a partnership",
            description = "Creates a partnership in SCOPING, ACTIVE, under a programme (INTERREGIONAL_COOPERATION when "
                    + "none is named). Editors may propose only partnerships led by one of their regions. Members the "
                    + "caller speaks for (an admin: all; an editor: those in its regions claim) are ACTIVE at once, the "
                    + "others INVITED until they accept. Every member must be a region known to this service (from "
                    + "region-service's events) and active, and no member may lie within another. The priority must be "
                    + "in the priority catalogue. Publishes org.s3coop.partnership.proposed.v1.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the partnership, ETag its version",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: a priority not in the catalogue (violation on "
            + "`priority.code`), an unknown programme (`programme`), a duplicate member, a lead that is no member")
    @APIResponse(responseCode = "422", description = "A member region is unknown to this service or retired "
            + "(unknown-region, retired-region), or lies within another member (nested-member-regions)")
    public Uni<Response> propose(@NotNull @Valid ProposePartnership body) {
        return service.propose(body.toCommand()).map(p -> Response.created(location(p.id)).tag(Versions.etag(p.version))
                .entity(PartnershipView.of(p)).build());
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(operationId = "listPartnerships", summary = "List partnerships",
            description = "Pages through partnerships, oldest first, filtered by stage, status, member region (ACTIVE "
                    + "members), invited region, priority code and programme. By `Accept`: JSON (the page) or "
                    + "`text/csv` (the same page, one row per partnership, members as `CODE;CODE`; the totals in "
                    + "`X-Total-Count` and `X-Total-Pages`: ask for the next page as for JSON).")
    @APIResponse(responseCode = "200", description = "One page of partnerships", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "id,title,priorityFamily,priority,programme,leadRegion,members,invited,stage,status,outcome,"
                            + "rescopingRecommended,lastReportedPeriod,reportOverdue,version,stageEnteredAt,createdAt,"
                            + "updatedAt\r\n57442f5a-0c1e-4c7d-9a43-2b116f1c0d0e,\"Bio-based packaging, trays\","
                            + "ECONOMIC_DOMAIN,C22,INTERREGIONAL_COOPERATION,ES51,ES51;ITC4,,MAPPING,ACTIVE,,false,2026-H1,"
                            + "false,7,2026-03-02T09:15:30Z,2026-01-12T08:00:00Z,2026-03-02T09:15:30Z\r\n") })
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor CSV")
    public Uni<Response> list(
            @QueryParam("stage") @Pattern(regexp = PartnershipPatterns.STAGE, message = PartnershipPatterns.STAGE_RULE)
            @Parameter(schema = @Schema(implementation = Stage.class)) String stage,
            @QueryParam("status") @Pattern(regexp = PartnershipPatterns.STATUS, message = PartnershipPatterns.STATUS_RULE)
            @Parameter(schema = @Schema(implementation = Status.class)) String status,
            @QueryParam("region") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(description = "A member region (NUTS code)", example = "ES51") String region,
            @QueryParam("priority") @Pattern(regexp = PartnershipPatterns.PRIORITY_CODE, message = PartnershipPatterns.PRIORITY_FILTER_RULE)
            @Parameter(description = "The partnership's priority code", example = "C22") String priority,
            @QueryParam("programme") @Pattern(regexp = PartnershipPatterns.PROGRAMME, message = PartnershipPatterns.PROGRAMME_RULE)
            @Parameter(description = "The partnership's programme", example = "S3_THEMATIC_PARTNERSHIP") String programme,
            @QueryParam("invited") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(description = "A region invited and not yet decided (NUTS code)", example = "ITC4") String invited,
            @Valid @BeanParam PageRequest page) {
        MediaType as = Negotiation.choose(headers, LIST_TYPES);
        return service.list(stage == null ? null : Stage.valueOf(stage), status == null ? null : Status.valueOf(status),
                region, priority, programme, invited, page).map(p -> p.map(PartnershipView::of)).map(found -> as.equals(Csv.TYPE)
                        ? Csv.page(found, Csv.write(PartnershipCsv.PARTNERSHIP_COLUMNS, found.items(), PartnershipCsv::partnership), as)
                        : Response.ok(found, as).build());
    }

    /** The JSON page of partnerships (for the OpenAPI document: the list answers CSV too). */
    @Schema(name = "PagePartnershipView", description = "One page of a list: {items, page, size, totalItems, totalPages}")
    public record PartnershipPage(List<PartnershipView> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnership", summary = "Read a partnership", description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The partnership",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    public Uni<RestResponse<PartnershipView>> get(@PathParam("id")
    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = ContractPatterns.UUID)) String id) {
        return reader.read(UUID.fromString(PathRule.UUID.check("id", id)))
                .map(p -> Versions.okTyped(PartnershipView.of(p), p.version));
    }

    @GET
    @Path("/{id}/readiness")
    @Operation(operationId = "getReadiness", summary = "Check the next gate",
            description = "The criteria of the gate out of the current stage, each met or not with why, so a portal "
                    + "can guide its users before they ask to ADVANCE. In SCALE_UP there is no next gate. The ETag "
                    + "header is the partnership's version (the one the criteria were read at): send it as If-Match "
                    + "with the ADVANCE the readiness suggests.")
    @APIResponse(responseCode = "200", description = "The next gate's criteria; ETag is the partnership's version",
            content = @Content(schema = @Schema(implementation = ReadinessView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    public Uni<Response> readiness(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return transitions.readiness(UUID.fromString(id)).map(ReadinessView::of).map(r -> Versions.ok(r, r.version()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getHistory", summary = "Read a partnership's history",
            description = "The proposal and every transition, oldest first: from, to, action, trigger, reason, actor "
                    + "(the token's name), time.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    public Uni<List<HistoryEntryView>> history(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.history(UUID.fromString(id)).map(steps -> steps.stream().map(HistoryEntryView::of).toList());
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getPartnershipAudit", summary = "Read a partnership's audit trail",
            description = "Every change of the partnership and of its parts (member, participant, commitment letter, "
                    + "evidence), oldest first: what changed (`entity`, `entityId`), the action, who (`actor`: the "
                    + "token's subject, or `system` for a change the service made by itself) and when, with each "
                    + "changed field before and after. Filter by actor and time.")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "404", description = "No such partnership")
    public Uni<Page<AuditEntry>> audit(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest page) {
        return service.audit(UUID.fromString(id), query, page);
    }

    private URI location(UUID id) {
        return uriInfo.getBaseUriBuilder().path("api/v1/partnerships").path(id.toString()).build();
    }
}
