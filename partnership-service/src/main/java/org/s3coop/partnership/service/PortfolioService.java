package org.s3coop.partnership.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.domain.TransitionAction;
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
 */
@ApplicationScoped
public class PortfolioService {
    private static final double SECONDS_PER_DAY = 86_400d;

    @Inject
    PartnershipRepository partnerships;
    @Inject
    StageTransitionRepository history;

    @WithSession
    public Uni<PortfolioView> portfolio() {
        return counts().chain(counts -> history.all().chain(steps -> partnerships.rescopingRecommended()
                .map(flagged -> view(counts, steps, flagged))));
    }

    private Uni<List<Object[]>> counts() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select p.stage, p.status, count(p) from Partnership p group by p.stage, p.status", Object[].class)
                .getResultList());
    }

    private PortfolioView view(List<Object[]> counts, List<StageTransition> steps, List<Partnership> flagged) {
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
        Map<Stage, List<Double>> stays = new EnumMap<>(Stage.class);
        Map<String, Long> reverts = new TreeMap<>();
        UUID current = null;
        Stage stage = null;
        OffsetDateTime since = null;
        for (StageTransition t : steps) {
            if (!t.partnershipId.equals(current)) {
                current = t.partnershipId;
                stage = null;
                since = null;
            }
            if (StageTransition.PROPOSE.equals(t.action)) {
                stage = t.toStage;
                since = t.occurredAt;
                continue;
            }
            TransitionAction action = TransitionAction.valueOf(t.action);
            boolean leaves = action == TransitionAction.ADVANCE || action == TransitionAction.REVERT
                    || action == TransitionAction.CLOSE;
            if (leaves && stage != null && since != null) {
                double days = Duration.between(since, t.occurredAt).toMillis() / 1000d / SECONDS_PER_DAY;
                stays.computeIfAbsent(stage, k -> new ArrayList<>()).add(days);
            }
            if (action == TransitionAction.REVERT) {
                reverts.merge(String.valueOf(t.trigger), 1L, Long::sum);
            }
            if (action == TransitionAction.ADVANCE || action == TransitionAction.REVERT) {
                stage = t.toStage;
                since = t.occurredAt;
            } else if (action == TransitionAction.CLOSE) {
                stage = null;
            }
        }
        Map<Stage, Double> medians = new EnumMap<>(Stage.class);
        Map<Stage, Long> completed = zeroes(Stage.class);
        for (Stage s : Stage.values()) {
            List<Double> days = stays.getOrDefault(s, List.of());
            medians.put(s, median(days));
            completed.put(s, (long) days.size());
        }
        List<PortfolioView.Rescoping> rescoping = flagged.stream()
                .map(p -> new PortfolioView.Rescoping(p.id, p.title, p.stage, p.status, p.rescopingReason)).toList();
        return new PortfolioView(total, byStage, byStatus, open, medians, completed, reverts, rescoping);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 1000d) / 1000d;
    }

    private static <E extends Enum<E>> Map<E, Long> zeroes(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
