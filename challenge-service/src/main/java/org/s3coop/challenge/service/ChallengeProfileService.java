package org.s3coop.challenge.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.AdoptionStatus;
import org.s3coop.challenge.domain.ChallengeCluster;
import org.s3coop.challenge.domain.KnownRegion;
import org.s3coop.challenge.domain.Practice;
import org.s3coop.challenge.domain.PracticeAdoption;
import org.s3coop.challenge.domain.RankingRound;
import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.challenge.domain.RoundStatus;
import org.s3coop.challenge.domain.WorkingGroupMember;
import org.s3coop.challenge.repository.ChallengeRepository;
import org.s3coop.challenge.repository.ClusterRepository;
import org.s3coop.challenge.repository.KnownRegionRepository;
import org.s3coop.challenge.repository.PracticeAdoptionRepository;
import org.s3coop.challenge.repository.PracticeRepository;
import org.s3coop.challenge.repository.RankingRoundRepository;
import org.s3coop.challenge.repository.RankingVoteRepository;
import org.s3coop.challenge.repository.WorkingGroupMemberRepository;
import org.s3coop.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A region's part in the learning loop: its open challenges by cluster (raised on the region or on a partnership it
 * is a member of), the good practices it adopts with their status, the rounds it voted in, and its working-group
 * membership.
 */
@ApplicationScoped
public class ChallengeProfileService {
    @Inject
    KnownRegionRepository regions;
    @Inject
    WorkingGroupMemberRepository members;
    @Inject
    ChallengeRepository challenges;
    @Inject
    ClusterRepository clusters;
    @Inject
    PracticeAdoptionRepository adoptions;
    @Inject
    PracticeRepository practices;
    @Inject
    RankingVoteRepository votes;
    @Inject
    RankingRoundRepository rounds;

    public record Profile(KnownRegion region, WorkingGroupMember membership, List<ClusterOpen> openChallenges,
            List<Adopted> practices, Map<AdoptionStatus, Long> adoptionsByStatus, List<Voted> rounds) {
    }

    public record ClusterOpen(String cluster, String name, long open) {
    }

    public record Adopted(Practice practice, PracticeAdoption adoption) {
    }

    /**
     * A round the region voted in: {@code counted} — for a CLOSED round, whether its vote was counted (false: set
     * apart, the region having been retired before the close); null while the round is OPEN.
     */
    public record Voted(RankingRound round, OffsetDateTime castAt, Boolean counted) {
    }

    @WithSession
    public Uni<Profile> profile(String code) {
        return regions.findById(code).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("Region " + code
                        + " is not known to challenge-service (no event of region-service has registered it)"))
                .chain(region -> members.findById(code)
                        .chain(member -> openByCluster(code)
                                .chain(open -> adopted(code)
                                        .chain(adopted -> voted(code).map(voted -> new Profile(region,
                                                member != null && member.isMember() ? member : null, open, adopted,
                                                byStatus(adopted), voted))))));
    }

    private Uni<List<ClusterOpen>> openByCluster(String code) {
        return clusters.catalogue().chain(catalogue -> challenges.openCountByClusterFor(code).map(rows -> {
            Map<String, Long> counts = rows.stream()
                    .collect(Collectors.toMap(r -> String.valueOf(r[0]), r -> ((Number) r[1]).longValue()));
            List<ClusterOpen> out = new ArrayList<>();
            for (ChallengeCluster c : catalogue) {
                out.add(new ClusterOpen(c.code, c.name, counts.getOrDefault(c.code, 0L)));
            }
            return out;
        }));
    }

    private Uni<List<Adopted>> adopted(String code) {
        return adoptions.ofRegion(code).chain(as -> {
            if (as.isEmpty()) {
                return Uni.createFrom().item(List.<Adopted>of());
            }
            return practices.list("id in ?1", as.stream().map(a -> a.practiceId).toList()).map(ps -> {
                Map<UUID, Practice> byId = ps.stream().collect(Collectors.toMap(p -> p.id, p -> p));
                return as.stream().map(a -> new Adopted(byId.get(a.practiceId), a)).toList();
            });
        });
    }

    private static Map<AdoptionStatus, Long> byStatus(List<Adopted> adopted) {
        Map<AdoptionStatus, Long> counts = new LinkedHashMap<>();
        for (AdoptionStatus s : AdoptionStatus.values()) {
            counts.put(s, adopted.stream().filter(a -> a.adoption().status == s).count());
        }
        return counts;
    }

    private Uni<List<Voted>> voted(String code) {
        return votes.ofRegion(code).chain(vs -> rounds.all().map(all -> {
            Map<String, RankingRound> byCode = all.stream().collect(Collectors.toMap(r -> r.code, r -> r));
            List<Voted> out = new ArrayList<>();
            for (RankingVote v : vs) {
                RankingRound r = byCode.get(v.round);
                Boolean counted = r.status == RoundStatus.CLOSED ? r.result.countedRegions().contains(code) : null;
                out.add(new Voted(r, v.castAt, counted));
            }
            return out;
        }));
    }
}
