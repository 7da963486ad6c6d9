package org.s3coop.challenge.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.Ballot;
import org.s3coop.challenge.domain.BordaCount;
import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.ClusterStanding;
import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.challenge.events.RankingEvents;
import org.s3coop.challenge.repository.ClusterRepository;
import org.s3coop.challenge.repository.KnownRegionRepository;
import org.s3coop.challenge.repository.RankingVoteRepository;
import org.s3coop.challenge.service.command.CastVote;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Ranking rounds: each region casts one ordered list of all clusters per round (re-casting replaces it); the
 * round's result is their Borda count ({@link BordaCount}). A round exists once a vote is cast in it.
 */
@ApplicationScoped
public class RankingService {
    @Inject
    RankingVoteRepository votes;
    @Inject
    ClusterRepository clusters;
    @Inject
    KnownRegionRepository regions;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;

    /** The vote as now stored; {@code created} is false for a re-cast. */
    public record Cast(RankingVote vote, boolean created) {
    }

    /** A round with votes: how many ballots, and when the last was cast. */
    public record Round(String round, long votesCast, OffsetDateTime lastCastAt) {
    }

    /** The Borda count of a round: the regions that voted, the standings in result order, the clusters' names. */
    public record Result(String round, List<String> regions, List<ClusterStanding> standings,
            Map<String, String> clusterNames) {
    }

    @WithTransaction
    public Uni<Cast> cast(CastVote cmd) {
        String round = cmd.round();
        String regionCode = cmd.regionCode();
        List<String> ranked = cmd.clusters();
        authority.requireVoterFor(regionCode);
        String actor = authority.actor();
        return clusters.codesInOrder().chain(catalogue -> {
            List<Problem.Violation> problems = Ballot.problemsOf(ranked, catalogue);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            return regions.findById(regionCode);
        }).chain(region -> {
            if (region == null) {
                throw ChallengeProblem.UNKNOWN_REGION.exception("Region " + regionCode
                        + " is not known (no event of region-service has registered it)");
            }
            if (!region.active) {
                throw ChallengeProblem.RETIRED_REGION.exception("Region " + regionCode + " is retired; it cannot vote");
            }
            return votes.findForUpdate(round, regionCode);
        }).chain(existing -> {
            Ballot ballot = Ballot.of(ranked);
            RankingVote vote;
            Uni<?> stored;
            if (existing == null) {
                vote = RankingVote.cast(round, regionCode, ballot, actor);
                stored = votes.persist(vote);
            } else {
                vote = existing;
                vote.recast(ballot, actor);
                stored = Uni.createFrom().voidItem();
            }
            return stored.chain(votes::flush)
                    .chain(() -> outbox.append(RankingEvents.voteCast(vote)))
                    .replaceWith(new Cast(vote, existing == null));
        });
    }

    @WithSession
    public Uni<RankingVote> vote(String round, String regionCode) {
        return votes.findById(new RankingVote.Key(round, regionCode)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("Region " + regionCode + " has cast no vote in round " + round));
    }

    @WithSession
    public Uni<List<Round>> rounds() {
        return votes.rounds().map(rows -> rows.stream()
                .map(r -> new Round((String) r[0], ((Number) r[1]).longValue(), (OffsetDateTime) r[2]))
                .toList());
    }

    @WithSession
    public Uni<Result> result(String round) {
        return votes.ofRound(round).chain(cast -> {
            if (cast.isEmpty()) {
                throw ProblemException.notFound("No votes have been cast in ranking round " + round);
            }
            return clusters.catalogue().map(catalogue -> {
                Map<String, String> names = catalogue.stream()
                        .collect(Collectors.toMap(c -> c.code, c -> c.name));
                List<String> codes = catalogue.stream().map(c -> c.code).toList();
                return new Result(round, cast.stream().map(v -> v.regionCode).toList(),
                        BordaCount.count(codes, cast.stream().map(v -> v.clusters).toList()), names);
            });
        });
    }
}
