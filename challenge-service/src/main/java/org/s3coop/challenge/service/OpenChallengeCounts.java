package org.s3coop.challenge.service;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.ScopeType;
import org.s3coop.challenge.repository.OpenChallengeCountRepository;
import org.s3coop.challenge.repository.OpenChallengeCountRepository.Key;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the summary's counts of open challenges ({@link OpenChallengeCountRepository}) up to date in the transaction
 * of each change: a challenge raised, described anew (cluster, severity) or moved to another status adds the
 * difference between what it counted for before and after. (A partnership whose stage changes in the read model moves
 * its open challenges to the new stage in the read model's own statement: {@code KnownPartnershipRepository}.)
 */
@ApplicationScoped
public class OpenChallengeCounts {
    @Inject
    OpenChallengeCountRepository counts;

    /** What a challenge counts for in the summary: its cluster and severity while OPEN, nothing otherwise. */
    public record Counted(String cluster, String severity, boolean open) {
        public static final Counted NOTHING = new Counted(null, null, false);

        public static Counted of(Challenge c) {
            return new Counted(c.cluster, c.severity.name(), c.status == ChallengeStatus.OPEN);
        }
    }

    /** After a change of {@code c} that counted as {@code before}: adds the difference (nothing when there is none). */
    Uni<Void> changed(Counted before, Challenge c) {
        Counted after = Counted.of(c);
        if (before.equals(after) || !before.open() && !after.open()) {
            return Uni.createFrom().voidItem();
        }
        Uni<String> stage = c.scopeType == ScopeType.PARTNERSHIP ? counts.stageOf(c.scopeRef) : Uni.createFrom().item("");
        return stage.chain(s -> {
            Map<Key, Long> deltas = new HashMap<>();
            if (before.open()) {
                deltas.merge(new Key(before.cluster(), before.severity(), s), -1L, Long::sum);
            }
            if (after.open()) {
                deltas.merge(new Key(after.cluster(), after.severity(), s), 1L, Long::sum);
            }
            deltas.values().removeIf(n -> n == 0);
            return counts.add(deltas);
        });
    }
}
