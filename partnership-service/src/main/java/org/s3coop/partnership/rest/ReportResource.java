package org.s3coop.partnership.rest;

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
import org.s3coop.partnership.domain.ReportPeriod;
import org.s3coop.partnership.rest.dto.ReportInput;
import org.s3coop.partnership.rest.dto.ReportView;
import org.s3coop.partnership.service.ReportService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.rest.Csv;
import org.s3coop.platform.rest.Negotiation;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/partnerships/{id}/reports")
@Tag(name = "Monitoring reports", description = "Half-yearly monitoring reports of a partnership, with indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    private static final List<MediaType> LIST_TYPES = List.of(MediaType.APPLICATION_JSON_TYPE, Csv.TYPE);
    @Inject
    ReportService service;
    @Inject
    UriInfo uriInfo;
    @Inject
    HttpHeaders headers;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(operationId = "listReports", summary = "List a partnership's monitoring reports",
            description = "The latest period first, all of them (no paging). By `Accept`: JSON or `text/csv` (one row "
                    + "per report, then one column per indicator of the catalogue, by code: empty when the report has "
                    + "no value for it).")
    @APIResponse(responseCode = "200", description = "The reports", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportView.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "period,status,narrative,submittedAt,submittedBy,version,createdAt,updatedAt,"
                            + "REGIONS_INVOLVED,JOBS_CREATED\r\n2026-H1,SUBMITTED,\"Two testbeds, one line\","
                            + "2026-07-03T09:00:00Z,coordinator@es51,3,2026-06-20T08:00:00Z,2026-07-03T09:00:00Z,2,12\r\n") })
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor CSV")
    public Uni<Response> list(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        MediaType as = Negotiation.choose(headers, LIST_TYPES);
        return service.list(UUID.fromString(id)).chain(rs -> service.catalogue().map(c -> {
            List<ReportView> views = rs.stream().map(r -> ReportView.of(r, c)).toList();
            return Response.ok(as.equals(Csv.TYPE) ? Csv.write(PartnershipCsv.reportColumns(c), views,
                    v -> PartnershipCsv.report(v, c)) : views, as).build();
        }));
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getReport", summary = "Read the monitoring report of a half-year",
            description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No report of this period")
    public Uni<Response> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("period") @Pattern(regexp = ReportPeriod.PATTERN, message = ReportPeriod.RULE)
            @Parameter(example = "2026-H1") String period) {
        return service.get(UUID.fromString(id), ReportPeriod.parse(period))
                .map(r -> Versions.ok(ReportView.of(r.report(), r.catalogue()), r.report().version));
    }

    @PUT
    @Path("/{period}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "writeReport", summary = "Write the draft monitoring report of a half-year",
            description = "By the editors of an active lead region (or an admin): creates the period's DRAFT (201; an "
                    + "If-Match naming a version is then a 412) or replaces its narrative and entered indicator values "
                    + "(200; honours If-Match). Computed "
                    + "indicators are refused here: they are filled in at submission. A period that has not started "
                    + "yet is refused. Publishes org.s3coop.partnership.report-updated.v1.")
    @APIResponse(responseCode = "200", description = "The draft now",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "201", description = "The draft, created; Location names it",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "An unknown or computed indicator, a negative value, a period "
            + "not started")
    @APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: RECORD_REPORT)")
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The report was submitted (report-submitted), or the partnership "
            + "is closed")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Uni<Response> write(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("period") @Pattern(regexp = ReportPeriod.PATTERN, message = ReportPeriod.RULE)
            @Parameter(example = "2026-H1") String period,
            @HeaderParam("If-Match") @Parameter(description = "The report's version read, e.g. \"2\"") String ifMatch,
            @NotNull @Valid ReportInput body) {
        return service.write(UUID.fromString(id), ReportPeriod.parse(period), body.narrative(), body.entered(),
                ExpectedVersion.ifMatch(ifMatch)).map(w -> (w.created() ? Response.created(uriInfo.getRequestUri()) : Response.ok())
                        .tag(Versions.etag(w.report().version)).entity(ReportView.of(w.report(), w.catalogue())).build());
    }

    @POST
    @Path("/{period}/submission")
    @Consumes(MediaType.WILDCARD)
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "submitReport", summary = "Submit the monitoring report of a half-year",
            description = "By the editors of an active lead region (or an admin): the DRAFT becomes SUBMITTED, its "
                    + "computed indicators filled in from the partnership's data now (regions and organisations "
                    + "involved, demonstrators, projects submitted and funded, investment mobilised in total and per "
                    + "instrument); read-only after. Honours If-Match. Publishes "
                    + "org.s3coop.partnership.report-submitted.v1.")
    @APIResponse(responseCode = "200", description = "The submitted report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: SUBMIT_REPORT)")
    @APIResponse(responseCode = "404", description = "No report of this period")
    @APIResponse(responseCode = "409", description = "Submitted already (report-submitted), or the partnership is closed")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Uni<Response> submit(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("period") @Pattern(regexp = ReportPeriod.PATTERN, message = ReportPeriod.RULE)
            @Parameter(example = "2026-H1") String period,
            @HeaderParam("If-Match") @Parameter(description = "The report's version read, e.g. \"2\"") String ifMatch) {
        return service.submit(UUID.fromString(id), ReportPeriod.parse(period), ExpectedVersion.ifMatch(ifMatch))
                .map(w -> Versions.ok(ReportView.of(w.report(), w.catalogue()), w.report().version));
    }
}
