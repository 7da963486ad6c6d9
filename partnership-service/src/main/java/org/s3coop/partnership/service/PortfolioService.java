package org.s3coop.partnership.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.partnership.rest.dto.PortfolioView;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The monitoring view: counts by stage and status, median days per stage, reverts by trigger, and the partnerships
 * flagged for re-scoping. Stays are read from the history: a stay in a stage starts with PROPOSE (SCOPING), ADVANCE
 * or REVERT into it and ends with the next ADVANCE, REVERT or CLOSE; time on hold counts as time in the stage.
 * Everything is aggregated by PostgreSQL ({@link StageTransitionRepository#stays()}): the history is never loaded
 * into memory (with a million history rows that took the service's whole heap).
 */
@ApplicationScoped
public class PortfolioService {
    @Inject
    PartnershipRepository partnerships;
    @Inject
    StageTransitionRepository history;

    @WithSession
    public Uni<PortfolioView> portfolio() {
        return counts().chain(counts -> history.stays().chain(stays -> history.revertsByTrigger()
                .chain(reverts -> partnerships.rescopingRecommended().map(flagged -> view(counts, stays, reverts, flagged)))));
    }

    private Uni<List<Object[]>> counts() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select p.stage, p.status, count(p) from Partnership p group by p.stage, p.status", Object[].class)
                .getResultList());
    }

    private PortfolioView view(List<Object[]> counts, List<StageTransitionRepository.Stays> stays,
            List<Object[]> revertRows, List<Partnership> flagged) {
        Map<Stage, Long> byStage = zeroes(Stage.class);
        Map<Status, Long> byStatus = zeroes(Status.class);
        Map<Stage, Map<Status, Long>> open = new EnumMap<>(Stage.class);
        long total = 0;
        for (Stage stage : Stage.values()) {
            Map<Status, Long> row = new EnumMap<>(Status.class);
            row.put(Status.ACTIVE, 0L);
            row.put(Status.ON_HOLD, 0L);
            open.put(stage, row);
        }
        for (Object[] row : counts) {
            Stage stage = (Stage) row[0];
            Status status = (Status) row[1];
            long n = ((Number) row[2]).longValue();
            total += n;
            byStage.merge(stage, n, Long::sum);
            byStatus.merge(status, n, Long::sum);
            if (status != Status.CLOSED) {
                open.get(stage).merge(status, n, Long::sum);
            }
        }
        Map<Stage, Double> medians = new EnumMap<>(Stage.class);
        Map<Stage, Long> completed = zeroes(Stage.class);
        for (Stage s : Stage.values()) {
            medians.put(s, null);
        }
        for (StageTransitionRepository.Stays s : stays) {
            medians.put(s.stage(), round(s.medianDays()));
            completed.put(s.stage(), s.count());
        }
        Map<String, Long> reverts = new TreeMap<>();
        for (Object[] row : revertRows) {
            reverts.put((String) row[0], ((Number) row[1]).longValue());
        }
        List<PortfolioView.Rescoping> rescoping = flagged.stream()
                .map(p -> new PortfolioView.Rescoping(p.id, p.title, p.stage, p.status, p.rescopingReason)).toList();
        return new PortfolioView(total, byStage, byStatus, open, medians, completed, reverts, rescoping);
    }

    private static double round(double days) {
        return Math.round(days * 1000d) / 1000d;
    }

    private static <E extends Enum<E>> Map<E, Long> zeroes(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
