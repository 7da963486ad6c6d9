package org.s3coop.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.platform.time.UtcClock;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Commitment letters expire with time, not with a request: every {@code s3coop.letters.check-interval} (default
 * 1 h) the open partnerships whose next letter expiry is due ({@code letters_due_at}, kept by {@link GateWatch}) are
 * re-evaluated as {@code system}, so an expired letter becomes a regression of COMMITMENT_LETTERS (and a
 * {@code gate-regressed} event) within the interval. Reads {@link UtcClock}, so tests fix the time.
 */
@ApplicationScoped
public class LetterExpiryCheck {
    static final String AUDIT_ACTION = "LETTER_CHECK";
    /** Partnerships looked at per transaction; the next batch follows at once. */
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(LetterExpiryCheck.class);

    @Inject
    PartnershipRepository partnerships;
    @Inject
    PartnershipChanges changes;

    @Scheduled(every = "${s3coop.letters.check-interval:1h}", delayed = "${s3coop.letters.check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().replaceWithVoid().onFailure().recoverWithUni(f -> {
            LOG.warnf("commitment letters not checked this time: %s", f.toString());
            return Uni.createFrom().voidItem();
        });
    }

    /** Re-evaluates every partnership whose letters are due now; answers how many it looked at. */
    public Uni<Integer> run() {
        return batch().chain(n -> n < BATCH ? Uni.createFrom().item(n) : run().map(more -> n + more));
    }

    @WithTransaction
    Uni<Integer> batch() {
        return partnerships.lettersDueForUpdate(UtcClock.now(), BATCH).chain(due -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Partnership p : due) {
                chain = chain.chain(() -> changes.reevaluate(p, AUDIT_ACTION).replaceWithVoid());
            }
            return chain.replaceWith(due.size());
        });
    }
}
