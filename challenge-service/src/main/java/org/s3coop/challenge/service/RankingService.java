package org.s3coop.challenge.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.challenge.domain.Ballot;
import org.s3coop.challenge.domain.ChallengeCluster;
import org.s3coop.challenge.domain.ChallengeProblem;
import org.s3coop.challenge.domain.ClusterStanding;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.challenge.domain.RoundClosing;
import org.s3coop.challenge.domain.RoundResult;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.challenge.domain.RoundTally;
import org.s3coop.challenge.events.RankingEvents;
import org.s3coop.challenge.repository.ClusterRepository;
import org.s3coop.challenge.repository.KnownRegionRepository;
import org.s3coop.challenge.repository.RankingRoundRepository;
import org.s3coop.challenge.repository.RankingVoteRepository;
import org.s3coop.challenge.service.command.CastVote;
import org.s3coop.challenge.service.command.OpenRound;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.audit.AuditRecord;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.time.UtcClock;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Ranking rounds ({@link RankingRound}): opened explicitly (optionally at a meeting, with the clusters ranked and a
 * deadline), or implicitly by a vote on an unknown round; each region casts one ordered list per round (re-casting
 * replaces it); closed by a call or by the deadline ({@link RoundDeadlines}), when the result ({@link RoundTally}:
 * the Borda count of the votes of regions not retired by then) is frozen. Who may do what:
 * {@link ChallengeAuthority}.
 */
@ApplicationScoped
public class RankingService {
    private static final Logger LOG = Logger.getLogger(RankingService.class);

    @Inject
    RankingVoteRepository votes;
    @Inject
    RankingRoundRepository rounds;
    @Inject
    ClusterRepository clusters;
    @Inject
    KnownRegionRepository regions;
    @Inject
    KnownRegions knownRegions;
    @Inject
    WorkingGroupService workingGroup;
    @Inject
    MeetingService meetings;
    @Inject
    ChallengeAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    /** The vote as now stored; {@code created} is false for a re-cast. */
    public record Cast(RankingVote vote, boolean created) {
    }

    /** A round with its ballots (every vote stored) and when the last was cast (null: none yet). */
    public record Round(RankingRound round, long votesCast, OffsetDateTime lastCastAt) {
    }

    /** A round and its result (frozen once CLOSED, live while OPEN), with the clusters' names. */
    public record Result(RankingRound round, RoundResult result, Map<String, String> clusterNames) {
    }

    /** Each cluster's standing across the CLOSED rounds, in the order they closed. */
    public record Trend(List<RankingRound> rounds, List<ClusterTrend> clusters) {
    }

    /**
     * A cluster's points in each closed round that ranked it; {@code positionChange}: its position in the round
     * before its latest minus its latest position (positive: it moved up), null with fewer than two points.
     */
    public record ClusterTrend(String cluster, String name, List<Point> points, Integer positionChange) {
    }

    public record Point(String round, int position, long points, Double meanRank, int votes) {
    }

    @WithTransaction
    public Uni<Cast> cast(CastVote cmd) {
        String code = cmd.round();
        String regionCode = cmd.regionCode();
        authority.requireVoterFor(regionCode);
        requireNotReserved(code, "round");
        String actor = authority.actor();
        return clusters.codesInOrder().chain(catalogue -> rounds.findForUpdate(code).chain(existing -> {
            RankingRound round = existing != null ? existing : RankingRound.implicit(code, catalogue, actor);
            List<Problem.Violation> problems = Ballot.problemsOf(cmd.clusters(), round.clusters, catalogue);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            return knownRegions.requireActive(regionCode, "vote")
                    .chain(() -> round.membersOnly ? requireMember(regionCode, round) : Uni.createFrom().voidItem())
                    .chain(() -> {
                        round.requireAcceptsVotes(UtcClock.now());
                        return existing != null ? Uni.createFrom().voidItem() : opened(round, actor);
                    })
                    .chain(() -> votes.findForUpdate(code, regionCode))
                    .chain(previous -> store(round, regionCode, cmd.clusters(), previous, actor));
        }));
    }

    private Uni<Cast> store(RankingRound round, String regionCode, List<String> ranked, RankingVote previous,
            String actor) {
        Ballot ballot = Ballot.of(ranked);
        RankingVote vote;
        Uni<?> stored;
        var before = previous == null ? null : AuditLog.VoteState.of(previous);
        if (previous == null) {
            vote = RankingVote.cast(round.code, regionCode, ballot, actor);
            stored = votes.persist(vote);
        } else {
            vote = previous;
            vote.recast(ballot, actor);
            stored = Uni.createFrom().voidItem();
        }
        return stored.chain(votes::flush)
                .chain(() -> outbox.append(RankingEvents.voteCast(vote, actor)))
                .chain(() -> audit.recordPart(AuditLog.ROUND, round.code, AuditLog.VOTE, regionCode,
                        previous == null ? "CAST" : "RECAST", actor, before, AuditLog.VoteState.of(vote)))
                .replaceWith(new Cast(vote, previous == null));
    }

    private Uni<Void> requireMember(String regionCode, RankingRound round) {
        return workingGroup.isMember(regionCode).map(member -> {
            if (!member) {
                throw ChallengeProblem.NOT_A_MEMBER.exception("Region " + regionCode + " is not a member of the "
                        + "working group; only members vote in round " + round.code);
            }
            return null;
        });
    }

    /**
     * Stores a new round with its audit entry (in the caller's transaction) and, for a round opened explicitly, its
     * round-opened event: a round brought into being by a vote announces itself by that vote's vote-cast event, as
     * every round did before rounds were opened (the topic carries what it always carried for that path).
     */
    private Uni<Void> opened(RankingRound round, String actor) {
        return rounds.persist(round).chain(rounds::flush)
                .chain(() -> round.implicit ? Uni.createFrom().voidItem()
                        : outbox.append(RankingEvents.roundOpened(round, actor)))
                .chain(() -> audit.record(AuditLog.ROUND, round.code, round.implicit ? "OPEN_BY_VOTE" : "OPEN", actor,
                        null, AuditLog.RoundState.of(round)));
    }

    @WithTransaction
    public Uni<RankingRound> open(OpenRound cmd) {
        requireNotReserved(cmd.code(), "code");
        if (cmd.deadline() != null && !cmd.deadline().isAfter(UtcClock.now())) {
            throw ProblemException.invalid("deadline", "must be in the future; the round takes votes until then");
        }
        return clusters.codesInOrder().chain(catalogue -> {
            List<String> ranked = rankedClusters(cmd.clusters(), catalogue);
            return (cmd.meetingId() == null ? Uni.createFrom().<List<String>>item(List.of())
                    : meetings.known(cmd.meetingId()).map(m -> List.of(m.hostRegion)))
                    .chain(hosts -> {
                        authority.requireEditorOfAny(hosts, cmd.meetingId() == null
                                ? "a ranking round held at no meeting (an admin's)"
                                : "a ranking round held at a meeting hosted by " + hosts.get(0));
                        return rounds.findById(cmd.code());
                    })
                    .chain(existing -> {
                        if (existing != null) {
                            throw ChallengeProblem.ROUND_EXISTS.exception("Ranking round " + cmd.code()
                                    + " exists already (" + existing.status + ")");
                        }
                        String actor = authority.actor();
                        RankingRound round = RankingRound.open(cmd.code(), cmd.title(), cmd.meetingId(), ranked,
                                cmd.deadline(), actor);
                        return opened(round, actor).replaceWith(round);
                    });
        });
    }

    /** The clusters a new round ranks, in catalogue order (null: all); 400 naming unknown or repeated codes. */
    private static List<String> rankedClusters(List<String> requested, List<String> catalogue) {
        if (requested == null) {
            return catalogue;
        }
        List<Problem.Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            if (code == null || !catalogue.contains(code)) {
                problems.add(new Problem.Violation("clusters[" + i + "]", code
                        + " is not a challenge cluster; the clusters are " + catalogue));
            } else if (!seen.add(code)) {
                problems.add(new Problem.Violation("clusters[" + i + "]", code + " is listed twice"));
            }
        }
        if (problems.isEmpty() && seen.size() < 2) {
            problems.add(new Problem.Violation("clusters", "a round ranks at least 2 clusters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return catalogue.stream().filter(seen::contains).toList();
    }

    /** Closes a round by a call: an admin, or an editor of the host region of the meeting it is held at. */
    @WithTransaction
    public Uni<Result> close(String code, ExpectedVersion expected) {
        return rounds.findForUpdate(code).onItem().ifNull().failWith(() -> notFound(code))
                .call(round -> round.meetingId == null ? Uni.createFrom().voidItem()
                        : meetings.known(round.meetingId).invoke(m -> authority.requireEditorOfAny(
                                List.of(m.hostRegion), "a ranking round held at a meeting hosted by " + m.hostRegion)))
                .chain(round -> {
                    if (round.meetingId == null) {
                        authority.requireAdmin("close ranking round " + code,
                                " (it is held at no meeting; the host region's editor closes a meeting's rounds)");
                    }
                    expected.require(round.version);
                    OffsetDateTime now = UtcClock.now();
                    return closeNow(round, round.closingTime(now), RoundClosing.CALL, authority.actor());
                });
    }

    /**
     * Closes every OPEN round whose deadline has come (by the scheduled check; actor {@code system}), each in its own
     * transaction; answers how many it closed.
     */
    public Uni<Integer> closeDue() {
        return rounds.dueAt(UtcClock.now()).chain(codes -> {
            Uni<Integer> closed = Uni.createFrom().item(0);
            for (String code : codes) {
                closed = closed.chain(n -> closeAtDeadline(code).map(done -> done ? n + 1 : n));
            }
            return closed;
        });
    }

    @WithTransaction
    Uni<Boolean> closeAtDeadline(String code) {
        return rounds.findForUpdate(code).chain(round -> {
            if (round == null || !round.isDue(UtcClock.now())) {
                return Uni.createFrom().item(false);
            }
            LOG.infof("ranking round %s: deadline %s has come, closing it", code, round.deadline);
            return closeNow(round, round.deadline, RoundClosing.DEADLINE, AuditRecord.SYSTEM).replaceWith(true);
        });
    }

    private Uni<Result> closeNow(RankingRound round, OffsetDateTime at, RoundClosing on, String actor) {
        var before = AuditLog.RoundState.of(round);
        return tally(round, at).chain(result -> {
            round.close(result.result(), at, on, actor);
            return rounds.flush()
                    .chain(() -> outbox.append(RankingEvents.roundClosed(round, actor)))
                    .chain(() -> audit.record(AuditLog.ROUND, round.code, "CLOSE_" + on, actor, before,
                            AuditLog.RoundState.of(round)))
                    .replaceWith(result);
        });
    }

    @WithSession
    public Uni<RankingVote> vote(String round, String regionCode) {
        return votes.findById(new RankingVote.Key(round, regionCode)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("Region " + regionCode + " has cast no vote in round " + round));
    }

    /** The rounds with votes (as the list always answered), by code; {@code withoutVotes}: every round. */
    @WithSession
    public Uni<List<Round>> rounds(boolean withoutVotes) {
        return rounds.all().chain(all -> rounds.ballots().map(rows -> {
            Map<String, Object[]> byRound = rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
            return all.stream().filter(r -> withoutVotes || byRound.containsKey(r.code)).map(r -> {
                Object[] b = byRound.get(r.code);
                return new Round(r, b == null ? 0 : ((Number) b[1]).longValue(), b == null ? null : (OffsetDateTime) b[2]);
            }).toList();
        }));
    }

    /** A round's result: frozen once it is CLOSED; while OPEN, the count as it stands now. */
    @WithSession
    public Uni<Result> result(String code) {
        return rounds.findById(code).onItem().ifNull().failWith(() -> notFound(code))
                .chain(round -> round.status == RoundStatus.CLOSED ? named(round, round.result)
                        : tally(round, UtcClock.now()));
    }

    @WithSession
    public Uni<Page<AuditEntry>> audit(String code, AuditQuery query, PageRequest page) {
        return rounds.findById(code).onItem().ifNull().failWith(() -> notFound(code))
                .chain(r -> audit.list(AuditLog.ROUND, code, query, page));
    }

    @WithSession
    public Uni<Trend> trend() {
        return rounds.closed().chain(closed -> clusters.catalogue().map(catalogue -> trend(closed, catalogue)));
    }

    private static Trend trend(List<RankingRound> closed, List<ChallengeCluster> catalogue) {
        Map<String, List<Point>> points = new LinkedHashMap<>();
        catalogue.forEach(c -> points.put(c.code, new ArrayList<>()));
        for (RankingRound r : closed) {
            for (ClusterStanding s : r.result.standings()) {
                points.computeIfAbsent(s.cluster(), k -> new ArrayList<>())
                        .add(new Point(r.code, s.position(), s.points(), s.meanRank(), s.votes()));
            }
        }
        Map<String, String> names = catalogue.stream().collect(Collectors.toMap(c -> c.code, c -> c.name));
        Map<String, Integer> latestOrder = new HashMap<>();
        if (!closed.isEmpty()) {
            closed.get(closed.size() - 1).result.standings().forEach(s -> latestOrder.put(s.cluster(), s.position()));
        }
        List<String> codes = new ArrayList<>(points.keySet());
        codes.sort(Comparator.comparing((String c) -> latestOrder.getOrDefault(c, Integer.MAX_VALUE)));
        List<ClusterTrend> trends = codes.stream().map(c -> {
            List<Point> ps = points.get(c);
            Integer change = ps.size() < 2 ? null : ps.get(ps.size() - 2).position() - ps.get(ps.size() - 1).position();
            return new ClusterTrend(c, names.getOrDefault(c, c), List.copyOf(ps), change);
        }).toList();
        return new Trend(closed, trends);
    }

    /** The count of a round's votes with {@code cutoff} as the close, with the clusters' names. */
    private Uni<Result> tally(RankingRound round, OffsetDateTime cutoff) {
        return votes.ofRound(round.code).chain(cast -> regions.retiredAmong(cast.stream().map(v -> v.regionCode).toList())
                .chain(retired -> named(round, RoundTally.count(round.clusters, cast, retired, cutoff))));
    }

    private Uni<Result> named(RankingRound round, RoundResult result) {
        return clusters.catalogue().map(catalogue -> new Result(round, result,
                catalogue.stream().collect(Collectors.toMap(c -> c.code, c -> c.name))));
    }

    private static void requireNotReserved(String code, String field) {
        if (RankingRound.RESERVED.equals(code)) {
            throw ProblemException.invalid(field, "'" + code + "' names GET /api/v1/ranking-rounds/trend; choose another");
        }
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("No ranking round " + code);
    }
}
