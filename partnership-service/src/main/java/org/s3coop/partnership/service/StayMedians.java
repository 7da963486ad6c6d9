package org.s3coop.partnership.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StayKind;
import org.s3coop.partnership.domain.StayLedger;
import org.s3coop.partnership.repository.PortfolioStayRepository.Count;
import org.s3coop.partnership.service.Portfolio.Stays;
import org.s3coop.partnership.service.Portfolio.TriggerCount;

/**
 * The portfolio's stays and reverts from the counts of the stay cells ({@link StayLedger}): per stage and kind, how
 * many stays and their median length, read from the cumulative counts of the lengths in whole hours (as PostgreSQL's
 * {@code percentile_cont(0.5)}: the middle length, or the mean of the two middle ones). Completed and closed stays by
 * their length; ongoing stays by their age at {@code now}: {@code now} minus the effective start (rounded up to the
 * day) for the ACTIVE partnerships, the age when the hold began for the ON_HOLD ones. Resolution: an hour (lengths
 * truncated to the hour), a day for the ongoing stays of ACTIVE partnerships.
 */
final class StayMedians {
    private static final double MICROS_PER_DAY = 86_400_000_000d;

    /** The stays and the reverts by trigger of {@code counts}, as of {@code now}. */
    record Figures(List<Stays> stays, List<TriggerCount> reverts) {
    }

    private StayMedians() {
    }

    static Figures of(List<Count> counts, OffsetDateTime now) {
        long nowMicros = ChronoUnit.MICROS.between(OffsetDateTime.parse("1970-01-01T00:00:00Z"), now);
        // per stage and kind: length (micros) -> number of stays
        Map<String, TreeMap<Long, Long>> lengths = new TreeMap<>();
        List<TriggerCount> reverts = new ArrayList<>();
        for (Count c : counts) {
            switch (c.kind()) {
                case "REVERT" -> reverts.add(new TriggerCount(c.subject(), c.stays()));
                case "ONGOING" -> add(lengths, c.subject(), StayKind.ONGOING,
                        Math.max(0, nowMicros - c.hour() * StayLedger.HOUR_MICROS), c.stays());
                case "HELD" -> add(lengths, c.subject(), StayKind.ONGOING, c.hour() * StayLedger.HOUR_MICROS, c.stays());
                default -> add(lengths, c.subject(), StayKind.valueOf(c.kind()), c.hour() * StayLedger.HOUR_MICROS, c.stays());
            }
        }
        List<Stays> stays = new ArrayList<>();
        lengths.forEach((key, byLength) -> {
            String[] parts = key.split("/");
            long n = byLength.values().stream().mapToLong(Long::longValue).sum();
            if (n > 0) {
                double median = (at(byLength, (n - 1) / 2) + at(byLength, n / 2)) / 2d / MICROS_PER_DAY;
                stays.add(new Stays(Stage.valueOf(parts[0]), StayKind.valueOf(parts[1]), n, median));
            }
        });
        return new Figures(stays, reverts);
    }

    private static void add(Map<String, TreeMap<Long, Long>> lengths, String stage, StayKind kind, long micros, long n) {
        lengths.computeIfAbsent(stage + "/" + kind, k -> new TreeMap<>()).merge(micros, n, Long::sum);
    }

    /** The length at 0-based position {@code i} of the lengths in order. */
    private static double at(TreeMap<Long, Long> byLength, long i) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : byLength.entrySet()) {
            seen += e.getValue();
            if (i < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("position " + i + " beyond " + seen + " stays");
    }
}
