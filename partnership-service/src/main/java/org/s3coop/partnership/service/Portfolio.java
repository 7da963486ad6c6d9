package org.s3coop.partnership.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.s3coop.partnership.domain.RescopingFlag;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.domain.StayKind;
import org.s3coop.partnership.repository.PartnershipRepository.StageStatusCount;

/**
 * The monitoring figures of the partnerships a filter selects (definitions in docs/partnership-service.md): counts by
 * stage and status; per stage, the stays that ended by moving on (ADVANCE or REVERT), the ongoing ones, and those
 * ended by CLOSE, each with its count and median days (ON_HOLD time left out); reverts by trigger; and the open
 * partnerships flagged for re-scoping. Every stage and status has its entry, zero (or a null median) when nothing is
 * there.
 */
public record Portfolio(long totalPartnerships, Map<Stage, Long> byStage, Map<Status, Long> byStatus,
        Map<Stage, Map<Status, Long>> openByStageAndStatus, Map<StayKind, Map<Stage, Double>> medianDays,
        Map<StayKind, Map<Stage, Long>> stays, Map<String, Long> revertsByTrigger, List<RescopingFlag> rescopingRecommended) {

    /** Stays in one stage that ended one way: how many, and their median length in days (ON_HOLD time left out). */
    public record Stays(Stage stage, StayKind kind, long count, double medianDays) {
    }

    /** How many REVERTs gave one trigger ({@code "null"}: none recorded). */
    public record TriggerCount(String trigger, long count) {
    }

    /** The figures from the aggregates: no partnership or history row is loaded besides the flagged. */
    public static Portfolio of(List<StageStatusCount> counts, List<Stays> stays, List<TriggerCount> reverts,
            List<RescopingFlag> flagged) {
        Map<Stage, Long> byStage = zeroes(Stage.class);
        Map<Status, Long> byStatus = zeroes(Status.class);
        Map<Stage, Map<Status, Long>> open = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<Status, Long> row = new EnumMap<>(Status.class);
            row.put(Status.ACTIVE, 0L);
            row.put(Status.ON_HOLD, 0L);
            open.put(stage, row);
        }
        long total = 0;
        for (StageStatusCount c : counts) {
            total += c.count();
            byStage.merge(c.stage(), c.count(), Long::sum);
            byStatus.merge(c.status(), c.count(), Long::sum);
            if (c.status() != Status.CLOSED) {
                open.get(c.stage()).merge(c.status(), c.count(), Long::sum);
            }
        }
        Map<StayKind, Map<Stage, Double>> medians = new EnumMap<>(StayKind.class);
        Map<StayKind, Map<Stage, Long>> sizes = new EnumMap<>(StayKind.class);
        for (StayKind kind : StayKind.values()) {
            Map<Stage, Double> none = new EnumMap<>(Stage.class);
            for (Stage s : Stage.values()) {
                none.put(s, null);
            }
            medians.put(kind, none);
            sizes.put(kind, zeroes(Stage.class));
        }
        for (Stays s : stays) {
            medians.get(s.kind()).put(s.stage(), round(s.medianDays()));
            sizes.get(s.kind()).put(s.stage(), s.count());
        }
        Map<String, Long> byTrigger = new TreeMap<>();
        for (TriggerCount r : reverts) {
            byTrigger.put(r.trigger(), r.count());
        }
        return new Portfolio(total, byStage, byStatus, open, medians, sizes, byTrigger, flagged);
    }

    /** The median days of the completed stays (left by ADVANCE or REVERT) per stage. */
    public Map<Stage, Double> medianDaysInStage() {
        return medianDays.get(StayKind.COMPLETED);
    }

    /** The completed stays per stage: the sample size of {@link #medianDaysInStage}. */
    public Map<Stage, Long> completedStays() {
        return stays.get(StayKind.COMPLETED);
    }

    /** Days to the millisecond's precision: three decimals. */
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
