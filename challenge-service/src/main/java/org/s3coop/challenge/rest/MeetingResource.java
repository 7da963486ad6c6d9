package org.s3coop.challenge.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.domain.MeetingFilter;
import org.s3coop.challenge.domain.MeetingStatus;
import org.s3coop.challenge.rest.dto.MeetingRequest;
import org.s3coop.challenge.rest.dto.MeetingTransitionRequest;
import org.s3coop.challenge.rest.dto.MeetingView;
import org.s3coop.challenge.service.MeetingService;
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

@Path("/api/v1/meetings")
@Tag(name = "Meetings", description = "The working group's meetings: kick-off, workshops, peer reviews, study visits, webinars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private static final String AUTH_RULE = " Admins may change any meeting; editors the meetings hosted by one of "
            + "their regions.";

    @Inject
    MeetingService service;
    @Inject
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "planMeeting", summary = "Plan (or record) a meeting",
            description = "A PLANNED meeting; the host and attending regions must be known (422)." + AUTH_RULE
                    + " Publishes org.s3coop.meeting.planned.v1.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "The host or an attending region is not known")
    public Uni<Response> plan(@NotNull @Valid MeetingRequest body) {
        RegionCodes.requireValid(body.attendance() == null ? null : body.attendance().regions(), "attendance.regions");
        return service.plan(body.toCommand()).map(m -> Response.created(uriInfo.getBaseUriBuilder()
                .path("api/v1/meetings").path(m.id.toString()).build())
                .tag(Versions.etag(m.version)).entity(MeetingView.of(m)).build());
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "List meetings", description = "Latest date first (`sort=date`: "
            + "earliest first); filtered by status, date range and host region. The next meeting: "
            + "`?status=PLANNED&from=<today>&sort=date&size=1`.")
    @APIResponse(responseCode = "200", description = "One page of meetings (without what arose at them)")
    public Uni<Page<MeetingView>> list(
            @QueryParam("status") @Pattern(regexp = "^(PLANNED|HELD|MINUTES_PUBLISHED)$", message = "must be one of PLANNED, HELD, MINUTES_PUBLISHED")
            @Parameter(description = "Status", schema = @Schema(implementation = MeetingStatus.class)) String status,
            @QueryParam("from") @Pattern(regexp = ChallengePatterns.DATE, message = ChallengePatterns.DATE_RULE)
            @Parameter(description = "On or after this day", schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2023-01-01") String from,
            @QueryParam("to") @Pattern(regexp = ChallengePatterns.DATE, message = ChallengePatterns.DATE_RULE)
            @Parameter(description = "On or before this day", schema = @Schema(type = SchemaType.STRING, format = "date"),
                    example = "2023-12-31") String to,
            @QueryParam("host") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(description = "Host region", example = "ES51") String host,
            @QueryParam("sort") @Pattern(regexp = "^-?date$", message = "must be date (earliest first) or -date (latest first)")
            @Parameter(description = "date: earliest first; -date (default): latest first", example = "date") String sort,
            @Valid @BeanParam PageRequest pageRequest) {
        return service.list(new MeetingFilter(status == null ? null : MeetingStatus.valueOf(status),
                Dates.date(from, "from"), Dates.date(to, "to"), host, "date".equals(sort)), pageRequest)
                .map(p -> p.map(MeetingView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "Read a meeting",
            description = "With the challenges raised, the solutions proposed and the rounds held at it. The ETag header "
                    + "is its version.")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Uni<Response> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.get(UUID.fromString(id)).map(d -> Versions.ok(MeetingView.of(d), d.meeting().version));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateMeeting", summary = "Describe a meeting anew",
            description = "Replaces everything but its status (agenda, attendance, minutes, decisions, ...) while it is "
                    + "PLANNED or HELD. Honours If-Match." + AUTH_RULE + " Publishes org.s3coop.meeting.updated.v1.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Its minutes are published: it no longer changes")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "The host or an attending region is not known")
    public Uni<Response> update(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"2\"") String ifMatch,
            @NotNull @Valid MeetingRequest body) {
        RegionCodes.requireValid(body.attendance() == null ? null : body.attendance().regions(), "attendance.regions");
        return service.describe(UUID.fromString(id), body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(m -> Versions.ok(MeetingView.of(m), m.version));
    }

    @POST
    @Idempotent
    @Path("/{id}/transitions")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "transitionMeeting", summary = "Mark a meeting held, or publish its minutes",
            description = "MARK_HELD: PLANNED → HELD (from its date on); PUBLISH_MINUTES: HELD → MINUTES_PUBLISHED (it "
                    + "needs minutes; then the meeting no longer changes). Honours If-Match." + AUTH_RULE
                    + " Publishes org.s3coop.meeting.held.v1 or minutes-published.v1.")
    @APIResponse(responseCode = "200", description = "The meeting as it now is",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "The action is not allowed now")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> transition(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MeetingTransitionRequest body) {
        return service.transition(UUID.fromString(id), body.action(), ExpectedVersion.ifMatch(ifMatch))
                .map(m -> Versions.ok(MeetingView.of(m), m.version));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getMeetingAudit", summary = "The audit trail of a meeting",
            description = "Every change, oldest first, with each changed field before and after.")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Uni<Page<AuditEntry>> audit(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest pageRequest) {
        return service.audit(UUID.fromString(id), query, pageRequest);
    }
}
