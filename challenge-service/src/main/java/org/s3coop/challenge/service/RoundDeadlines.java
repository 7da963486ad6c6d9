package org.s3coop.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The scheduled check that closes ranking rounds at their deadline ({@code s3coop.ranking.deadline-check}, every
 * 30 s by default): it reads the time from the platform's {@code UtcClock}, so a test moves it with a fixed clock. A
 * round closed this way has {@code closedAt} = its deadline, {@code closedOn} = DEADLINE and actor {@code system}.
 */
@ApplicationScoped
public class RoundDeadlines {
    private static final Logger LOG = Logger.getLogger(RoundDeadlines.class);

    @Inject
    RankingService ranking;

    @Scheduled(every = "${s3coop.ranking.deadline-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> closeDueRounds() {
        return ranking.closeDue()
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("closed %d ranking round(s) at their deadline", n);
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(f -> {
                    LOG.warnf("ranking rounds past their deadline not closed this time: %s", f.toString());
                    return Uni.createFrom().voidItem();
                });
    }
}
