package org.s3coop.challenge.rest;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.domain.ChallengeFilter;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.Severity;
import org.s3coop.challenge.rest.dto.ChallengeSummaryView;
import org.s3coop.challenge.rest.dto.ChallengeView;
import org.s3coop.challenge.rest.dto.ProposeSolutionRequest;
import org.s3coop.challenge.rest.dto.RaiseChallengeRequest;
import org.s3coop.challenge.rest.dto.SolutionView;
import org.s3coop.challenge.rest.dto.TransitionRequest;
import org.s3coop.challenge.rest.dto.TransitionView;
import org.s3coop.challenge.rest.dto.UpdateChallengeRequest;
import org.s3coop.challenge.rest.dto.UpdateSolutionRequest;
import org.s3coop.challenge.service.ChallengeDetails;
import org.s3coop.challenge.service.ChallengeService;
import org.s3coop.challenge.service.ChallengeSummaryService;
import org.s3coop.challenge.service.SolutionService;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.rest.ProblemResponsesFilter;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/challenges")
@Tag(name = "Challenges", description = "Challenges raised on partnerships, regions or the community, and their solutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengeResource {
    private static final String AUTH_RULE = " Admins may change any challenge; editors those on one of their regions, "
            + "on a partnership one of their regions is a member of, or on the community.";

    @Inject
    ChallengeService service;
    @Inject
    SolutionService solutions;
    @Inject
    ChallengeSummaryService summaries;
    @Inject
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "raiseChallenge", summary = "Raise a challenge",
            description = "Raises an OPEN challenge. The sub-dimension, if given, must belong to the cluster (400); the "
                    + "scope ref must be known from region-service / partnership-service events (422)." + AUTH_RULE
                    + " Publishes org.s3coop.challenge.raised.v1.")
    @APIResponse(responseCode = "201", description = "Raised; Location names the challenge",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "422", description = "The scope ref is not a known partnership or active region, or the "
            + "meeting is not known")
    public Uni<Response> raise(@NotNull @Valid RaiseChallengeRequest body) {
        return service.raise(body.toCommand()).map(c -> Response.created(location(c.id))
                .tag(Versions.etag(c.version)).entity(ChallengeView.of(c, List.of())).build());
    }

    @GET
    @Operation(operationId = "listChallenges", summary = "List challenges",
            description = "Pages through challenges, newest first, filtered by cluster, status, severity, partnership "
                    + "(challenges raised on it) and region (challenges raised on the region and on partnerships it is "
                    + "a member of).")
    @APIResponse(responseCode = "200", description = "One page of challenges")
    public Uni<Page<ChallengeView>> list(
            @QueryParam("cluster") @Pattern(regexp = ChallengePatterns.CATALOGUE_CODE, message = ChallengePatterns.CATALOGUE_CODE_RULE)
            @Parameter(description = "Cluster code", example = "CAPACITY") String cluster,
            @QueryParam("status") @Pattern(regexp = "^(OPEN|ADDRESSED|CLOSED|WITHDRAWN)$", message = "must be one of OPEN, ADDRESSED, CLOSED, WITHDRAWN")
            @Parameter(description = "Status", schema = @Schema(implementation = ChallengeStatus.class)) String status,
            @QueryParam("severity") @Pattern(regexp = "^(LOW|MEDIUM|HIGH|BLOCKING)$", message = "must be one of LOW, MEDIUM, HIGH, BLOCKING")
            @Parameter(description = "Severity", schema = @Schema(implementation = Severity.class)) String severity,
            @QueryParam("partnership") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
            @Parameter(description = "Id of the partnership the challenges are raised on") String partnership,
            @QueryParam("region") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(description = "NUTS code: challenges on this region or on partnerships it is a member of",
                    example = "ES51") String region,
            @Valid @BeanParam PageRequest pageRequest) {
        var filter = new ChallengeFilter(cluster, status == null ? null : ChallengeStatus.valueOf(status),
                severity == null ? null : Severity.valueOf(severity),
                partnership == null ? null : UUID.fromString(partnership).toString(), region);
        return service.list(filter, pageRequest).map(p -> p.map(ChallengeResource::view));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "summariseChallenges", summary = "Open challenges at a glance",
            description = "Open challenges by cluster, by severity, and by the current stage of the partnership they are "
                    + "raised on (with the clusters that bite at each stage).")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = ChallengeSummaryView.class)))
    public Uni<ChallengeSummaryView> summary() {
        return summaries.summary().map(ChallengeSummaryView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getChallenge", summary = "Read a challenge", description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The challenge with its solutions",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge")
    public Uni<Response> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.get(UUID.fromString(id)).map(d -> Versions.ok(view(d), d.challenge().version));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateChallenge", summary = "Describe a challenge anew",
            description = "Replaces cluster, sub-dimension, title, description and severity of an OPEN or ADDRESSED "
                    + "challenge; the scope never changes. Honours If-Match." + AUTH_RULE
                    + " Publishes org.s3coop.challenge.updated.v1.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge")
    @APIResponse(responseCode = "409", description = "The challenge is CLOSED or WITHDRAWN")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> update(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid UpdateChallengeRequest body) {
        return service.update(UUID.fromString(id), body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(d -> Versions.ok(view(d), d.challenge().version));
    }

    @POST
    @Idempotent
    @Path("/{id}/transitions")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "transitionChallenge", summary = "Change a challenge's status",
            description = "ADDRESS: OPEN → ADDRESSED; CLOSE: OPEN/ADDRESSED → CLOSED; WITHDRAW: OPEN/ADDRESSED → "
                    + "WITHDRAWN; REOPEN: ADDRESSED/CLOSED/WITHDRAWN → OPEN. A reason is required and kept in the "
                    + "history. Honours If-Match." + AUTH_RULE + " Publishes org.s3coop.challenge.<addressed|closed|"
                    + "withdrawn|reopened>.v1.")
    @APIResponse(responseCode = "200", description = "The challenge as it now is",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge")
    @APIResponse(responseCode = "409", description = "The action is not allowed in the current status")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> transition(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TransitionRequest body) {
        return service.transition(UUID.fromString(id), body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(d -> Versions.ok(view(d), d.challenge().version));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getChallengeHistory", summary = "Status changes of a challenge, oldest first",
            description = "Every transition of the challenge (from and to status, action, who and when), oldest "
                    + "first; a plain array")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge")
    public Uni<List<TransitionView>> history(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.history(UUID.fromString(id)).map(list -> list.stream().map(TransitionView::of).toList());
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getChallengeAudit", summary = "The audit trail of a challenge and its solutions",
            description = "Every change, oldest first: who (token subject), when, what (entity `challenge` or "
                    + "`solution` with its id), the action, and each changed field before and after. Filter by actor "
                    + "and time.")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "404", description = "No such challenge")
    public Uni<Page<AuditEntry>> audit(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest pageRequest) {
        return service.audit(UUID.fromString(id), query, pageRequest);
    }

    @POST
    @Idempotent
    @Path("/{id}/solutions")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "proposeSolution", summary = "Propose a solution",
            description = "Adds a PROPOSED solution to an OPEN or ADDRESSED challenge; adopting regions must be known. "
                    + "The challenge's version grows; If-Match names the challenge's version." + AUTH_RULE
                    + " Publishes org.s3coop.challenge.solution-proposed.v1.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the solution, ETag is the challenge's new version",
            headers = @Header(name = "ETag", ref = ProblemResponsesFilter.ETAG),
            content = @Content(schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge")
    @APIResponse(responseCode = "409", description = "The challenge is CLOSED or WITHDRAWN")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the challenge")
    @APIResponse(responseCode = "422", description = "An adopting region is not known")
    public Uni<Response> propose(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProposeSolutionRequest body) {
        UUID challengeId = UUID.fromString(id);
        RegionCodes.requireValid(body.adoptingRegions(), "adoptingRegions");
        return solutions.propose(challengeId, body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(c -> Response.created(uriInfo.getBaseUriBuilder().path("api/v1/challenges").path(id)
                        .path("solutions").path(c.solution().id.toString()).build())
                        .tag(Versions.etag(c.challengeVersion())).entity(SolutionView.of(c.solution())).build());
    }

    @GET
    @Path("/{id}/solutions/{solutionId}")
    @Operation(operationId = "getSolution", summary = "Read a solution",
            description = "The ETag header is the version of the challenge it belongs to.")
    @APIResponse(responseCode = "200", description = "The solution; ETag is the challenge's version",
            headers = @Header(name = "ETag", ref = ProblemResponsesFilter.ETAG),
            content = @Content(schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge or solution")
    public Uni<Response> solution(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("solutionId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String solutionId) {
        return solutions.get(UUID.fromString(id), UUID.fromString(solutionId)).map(ChallengeResource::solutionView);
    }

    @PUT
    @Path("/{id}/solutions/{solutionId}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateSolution", summary = "Update a solution",
            description = "Replaces title, description and adopting regions and moves the status forward (PROPOSED → "
                    + "PILOTED → ADOPTED; ADOPTED needs at least one adopting region, and adopting regions must be "
                    + "known). If-Match names the challenge's version." + AUTH_RULE
                    + " Publishes org.s3coop.challenge.updated.v1 with the solution.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the challenge's new version",
            headers = @Header(name = "ETag", ref = ProblemResponsesFilter.ETAG),
            content = @Content(schema = @Schema(implementation = SolutionView.class)))
    @APIResponse(responseCode = "404", description = "No such challenge or solution")
    @APIResponse(responseCode = "409", description = "The status would go backwards")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the challenge")
    @APIResponse(responseCode = "422", description = "An adopting region is not known")
    public Uni<Response> updateSolution(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("solutionId") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String solutionId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid UpdateSolutionRequest body) {
        RegionCodes.requireValid(body.adoptingRegions(), "adoptingRegions");
        return solutions.update(UUID.fromString(id), UUID.fromString(solutionId), body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(ChallengeResource::solutionView);
    }

    private static Response solutionView(SolutionService.Versioned v) {
        return Versions.ok(SolutionView.of(v.solution()), v.challengeVersion());
    }

    private static ChallengeView view(ChallengeDetails d) {
        return ChallengeView.of(d.challenge(), d.solutions());
    }

    private URI location(UUID id) {
        return uriInfo.getBaseUriBuilder().path("api/v1/challenges").path(id.toString()).build();
    }
}
