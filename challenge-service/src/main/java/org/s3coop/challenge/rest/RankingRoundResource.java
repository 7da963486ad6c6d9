package org.s3coop.challenge.rest;

import java.net.URI;
import java.util.List;

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
import org.s3coop.challenge.rest.dto.CastVoteRequest;
import org.s3coop.challenge.rest.dto.OpenRoundRequest;
import org.s3coop.challenge.rest.dto.RankingRoundView;
import org.s3coop.challenge.rest.dto.RankingTrendView;
import org.s3coop.challenge.rest.dto.RoundListItem;
import org.s3coop.challenge.rest.dto.RoundTransitionRequest;
import org.s3coop.challenge.rest.dto.VoteView;
import org.s3coop.challenge.service.RankingService;
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

@Path("/api/v1/ranking-rounds")
@Tag(name = "Ranking rounds", description = "Working-group members rank the challenge clusters, round after round; each "
        + "round's result is a Borda count, frozen when it closes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingRoundResource {
    @Inject
    RankingService service;
    @Inject
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listRankingRounds", summary = "Ranking rounds with votes, by code",
            description = "The rounds in which a vote has been cast, OPEN or CLOSED, with the number of ballots stored and "
                    + "when the last was cast; `withoutVotes=true` adds the rounds opened and waiting for their first "
                    + "vote (`votesCast` 0, `lastCastAt` null).")
    @APIResponse(responseCode = "200", description = "The rounds",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoundListItem.class)))
    public Uni<List<RoundListItem>> list(
            @QueryParam("withoutVotes") @Pattern(regexp = "^(true|false)$", message = "must be true or false")
            @Parameter(description = "true: also the rounds without votes yet", schema = @Schema(type = SchemaType.BOOLEAN))
            String withoutVotes) {
        return service.rounds("true".equals(withoutVotes)).map(rounds -> rounds.stream().map(RoundListItem::of).toList());
    }

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "openRankingRound", summary = "Open a ranking round",
            description = "An OPEN round in which working-group members (only) rank its clusters (all of the catalogue "
                    + "unless given), optionally held at a meeting and with a deadline (in the future), after which the "
                    + "scheduled check closes it. An admin opens any round; an editor of a meeting's host region the "
                    + "rounds held at that meeting. Publishes org.s3coop.ranking.round-opened.v1.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the round",
            content = @Content(schema = @Schema(implementation = RankingRoundView.class)))
    @APIResponse(responseCode = "409", description = "A round with this code exists")
    @APIResponse(responseCode = "422", description = "The meeting is not known")
    public Uni<Response> open(@NotNull @Valid OpenRoundRequest body) {
        return service.open(body.toCommand()).chain(r -> service.result(r.code)).map(r -> Response.created(
                uriInfo.getBaseUriBuilder().path("api/v1/ranking-rounds").path(r.round().code).build())
                .tag(Versions.etag(r.round().version)).entity(RankingRoundView.of(r)).build());
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getRankingTrend", summary = "How each cluster's rank moved across the closed rounds",
            description = "The CLOSED rounds in the order they closed, and for each cluster its position, points and mean "
                    + "rank in each of them (clusters in the order of the latest round), with the change of position "
                    + "between its last two rounds.")
    @APIResponse(responseCode = "200", description = "The trend",
            content = @Content(schema = @Schema(implementation = RankingTrendView.class)))
    public Uni<RankingTrendView> trend() {
        return service.trend().map(RankingTrendView::of);
    }

    @GET
    @Path("/{round}")
    @Operation(operationId = "getRankingRound", summary = "A round and its Borda result",
            description = RankingRoundView.RULE + " Each cluster comes with points, votes (ballots that ranked it), mean "
                    + "rank and the count of ballots per place. The result is frozen once the round is CLOSED; while it "
                    + "is OPEN it is the count as it stands. The ETag header is the round's version.")
    @APIResponse(responseCode = "200", description = "The round and its result, clusters in result order",
            content = @Content(schema = @Schema(implementation = RankingRoundView.class)))
    @APIResponse(responseCode = "404", description = "No such round")
    public Uni<Response> result(@PathParam("round") @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE)
    @Parameter(example = "2023-kickoff") String round) {
        return service.result(round).map(r -> Versions.ok(RankingRoundView.of(r), r.round().version));
    }

    @POST
    @Idempotent
    @Path("/{round}/transitions")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "transitionRankingRound", summary = "Close a ranking round",
            description = "CLOSE: the OPEN round closes now (at its deadline if that has passed) and its result is "
                    + "frozen; the votes of regions retired before the close are set apart. An admin closes any round; an "
                    + "editor of a meeting's host region the rounds held at that meeting. Honours If-Match. Publishes "
                    + "org.s3coop.ranking.round-closed.v1.")
    @APIResponse(responseCode = "200", description = "The round, closed, with its frozen result",
            content = @Content(schema = @Schema(implementation = RankingRoundView.class)))
    @APIResponse(responseCode = "404", description = "No such round")
    @APIResponse(responseCode = "409", description = "The round is closed already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> transition(@PathParam("round") @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE)
    @Parameter(example = "2024-midterm") String round,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RoundTransitionRequest body) {
        return service.close(round, ExpectedVersion.ifMatch(ifMatch))
                .map(r -> Versions.ok(RankingRoundView.of(r), r.round().version));
    }

    @GET
    @Path("/{round}/audit")
    @Operation(operationId = "getRankingRoundAudit", summary = "The audit trail of a round and its votes",
            description = "Every change, oldest first: opening, each vote cast or re-cast (entity `vote`, id = region), "
                    + "closing (actor `system` when the deadline closed it).")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "404", description = "No such round")
    public Uni<Page<AuditEntry>> audit(@PathParam("round") @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE)
    @Parameter(example = "2023-kickoff") String round,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest pageRequest) {
        return service.audit(round, query, pageRequest);
    }

    @PUT
    @Path("/{round}/votes/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "castVote", summary = "Cast (or re-cast) a region's vote",
            description = "The ordered list of the round's clusters, most critical first, each exactly once (a list that "
                    + "misses, repeats or invents a cluster is refused with 400 naming the problem). Re-casting replaces "
                    + "the region's vote. Only an editor of the region, or an admin, may cast it; the region must be "
                    + "known and active, and a working-group member in a round opened through POST (422 not-a-member); "
                    + "the round must be OPEN and before its deadline (409 round-closed). A vote on a round that does not "
                    + "exist brings it into being (as before rounds were opened explicitly): OPEN, all clusters, no "
                    + "deadline, open to every known active region. Publishes org.s3coop.ranking.vote-cast.v1 keyed by "
                    + "round.")
    @APIResponse(responseCode = "201", description = "First vote of the region in this round",
            content = @Content(schema = @Schema(implementation = VoteView.class)))
    @APIResponse(responseCode = "200", description = "The region's vote replaced",
            content = @Content(schema = @Schema(implementation = VoteView.class)))
    @APIResponse(responseCode = "409", description = "The round is closed, or its deadline has passed")
    @APIResponse(responseCode = "422", description = "The region is not known, is retired, or is not a member")
    public Uni<Response> cast(@PathParam("round") @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE)
    @Parameter(example = "2023-kickoff") String round,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(example = "ES51") String regionCode,
            @NotNull @Valid CastVoteRequest body) {
        return service.cast(body.toCommand(round, regionCode)).map(c -> {
            VoteView view = VoteView.of(c.vote());
            if (c.created()) {
                return Response.created(location(round, regionCode)).tag(Versions.etag(c.vote().version))
                        .entity(view).build();
            }
            return Versions.ok(view, c.vote().version);
        });
    }

    @GET
    @Path("/{round}/votes/{regionCode}")
    @Operation(operationId = "getVote", summary = "A region's vote in a round",
            description = "The ballot the region cast in this round (its clusters in order, first = most pressing), "
                    + "whether it is counted, and when it was cast; 404 until the region votes")
    @APIResponse(responseCode = "200", description = "The vote",
            content = @Content(schema = @Schema(implementation = VoteView.class)))
    @APIResponse(responseCode = "404", description = "The region has not voted in this round")
    public Uni<Response> vote(@PathParam("round") @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE) String round,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode) {
        return service.vote(round, regionCode).map(v -> Versions.ok(VoteView.of(v), v.version));
    }

    private URI location(String round, String regionCode) {
        return uriInfo.getBaseUriBuilder().path("api/v1/ranking-rounds").path(round).path("votes").path(regionCode).build();
    }
}
