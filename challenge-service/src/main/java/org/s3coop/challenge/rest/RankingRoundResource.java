package org.s3coop.challenge.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.s3coop.challenge.rest.dto.RankingRoundView;
import org.s3coop.challenge.rest.dto.RoundListItem;
import org.s3coop.challenge.rest.dto.VoteView;
import org.s3coop.challenge.service.RankingService;
import org.s3coop.platform.rest.ContractPatterns;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/ranking-rounds")
@Tag(name = "Ranking rounds", description = "Working-group members rank the challenge clusters; the result is a Borda count")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingRoundResource {
    @Inject
    RankingService service;
    @Inject
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listRankingRounds", summary = "Ranking rounds with votes, by name")
    @APIResponse(responseCode = "200", description = "The rounds",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoundListItem.class)))
    public Uni<List<RoundListItem>> list() {
        return service.rounds().map(rounds -> rounds.stream().map(RoundListItem::of).toList());
    }

    @GET
    @Path("/{round}")
    @Operation(operationId = "getRankingRound", summary = "The Borda result of a round",
            description = RankingRoundView.RULE + " Each cluster comes with points, votes (ballots that ranked it), mean "
                    + "rank and the count of ballots per place.")
    @APIResponse(responseCode = "200", description = "The result, clusters in result order",
            content = @Content(schema = @Schema(implementation = RankingRoundView.class)))
    @APIResponse(responseCode = "404", description = "No vote cast in this round")
    public Uni<RankingRoundView> result(@PathParam("round") @Pattern(regexp = ChallengePatterns.ROUND, message = ChallengePatterns.ROUND_RULE)
    @Parameter(example = "2023-kickoff") String round) {
        return service.result(round).map(RankingRoundView::of);
    }

    @PUT
    @Path("/{round}/votes/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "castVote", summary = "Cast (or re-cast) a region's vote",
            description = "The ordered list of all clusters, most critical first, each exactly once (a list that misses, "
                    + "repeats or invents a cluster is refused with 400 naming the problem). Re-casting replaces the "
                    + "region's vote. Only an editor of the region, or an admin, may cast it; the region must be known "
                    + "and active. Publishes org.s3coop.ranking.vote-cast.v1 keyed by round.")
    @APIResponse(responseCode = "201", description = "First vote of the region in this round",
            content = @Content(schema = @Schema(implementation = VoteView.class)))
    @APIResponse(responseCode = "200", description = "The region's vote replaced",
            content = @Content(schema = @Schema(implementation = VoteView.class)))
    @APIResponse(responseCode = "422", description = "The region is not known or is retired")
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
    @Operation(operationId = "getVote", summary = "A region's vote in a round")
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
