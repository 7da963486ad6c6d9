package org.s3coop.partnership.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a partnership's history adds to the portfolio's time-in-stage figures and reverts (issue 15), as counts in
 * cells kept like {@link PortfolioCell}'s: per programme, priority, country ({@code ""} for any, and once per country of
 * its ACTIVE members) and current stage of the partnership (the portfolio's filters), one count per
 * <ul>
 * <li>{@code COMPLETED} / {@code CLOSED} stay: {@code subject} the stage it was in, {@code hour} its length in whole hours
 * (truncated);</li>
 * <li>{@code ONGOING} stay of an ACTIVE partnership: {@code subject} its stage, {@code hour} its effective start (the time it
 * entered the stage plus the time it spent ON_HOLD since) rounded up to the day (a UTC midnight), in hours since the
 * epoch: its age at a time {@code now} is {@code now - hour}, never below 0, at most a day short of the exact age (a
 * day, not an hour, so that the open partnerships of a portfolio fall in a few hundred cells, not tens of
 * thousands);</li>
 * <li>{@code HELD}: the ongoing stay of an ON_HOLD partnership, whose age does not grow while on hold: {@code hour} its
 * age in whole hours (truncated);</li>
 * <li>{@code REVERT}: {@code subject} its trigger ({@code "null"} when none), {@code hour} 0.</li>
 * </ul>
 * Stays as documented in docs/partnership-service.md: PROPOSE, ADVANCE and REVERT start a stay; ADVANCE or REVERT end
 * it (COMPLETED, in the row's {@code from_stage}), CLOSE ends it (CLOSED); time ON_HOLD (from a HOLD to the next RESUME
 * or CLOSE) is left out. The same cells computed from the history in SQL: {@code portfolio/history-cells-from-scratch.sql}.
 */
public final class StayLedger {
    /** The resolution of the stay lengths: an hour, in microseconds (what the history's timestamps hold). */
    public static final long HOUR_MICROS = 3_600_000_000L;
    /** The resolution of the ongoing stays' effective starts: a day. */
    private static final long DAY_MICROS = 24 * HOUR_MICROS;

    /** A cell of the ledger: the portfolio's filters, then what is counted. */
    public record Key(String programme, String priority, String country, String stage, String kind, String subject,
            long hour) {
    }

    /** One count of a partnership before it is placed in its cells. */
    private record Entry(String kind, String subject, long hour) {
    }

    private StayLedger() {
    }

    /** The cells a partnership of {@code shape} with {@code history} (oldest first) adds to (none for a null shape). */
    public static Map<Key, Long> of(PortfolioCell.Shape shape, List<StageTransition> history) {
        Map<Key, Long> cells = new LinkedHashMap<>();
        if (shape == null) {
            return cells;
        }
        List<String> countries = new ArrayList<>();
        countries.add("");
        countries.addAll(shape.countries());
        List<Entry> entries = entries(history, shape);
        for (String country : countries) {
            for (Entry e : entries) {
                cells.merge(new Key(shape.programme(), shape.priority(), country, shape.stage(), e.kind(), e.subject(), e.hour()),
                        1L, Long::sum);
            }
        }
        return cells;
    }

    /** What changes from {@code before} to {@code after}, cell by cell (cells that stay the same left out). */
    public static Map<Key, Long> difference(Map<Key, Long> before, Map<Key, Long> after) {
        Map<Key, Long> diff = new HashMap<>(after);
        before.forEach((k, n) -> diff.merge(k, -n, Long::sum));
        diff.values().removeIf(n -> n == 0);
        return diff;
    }

    private static List<Entry> entries(List<StageTransition> history, PortfolioCell.Shape shape) {
        List<Entry> entries = new ArrayList<>();
        Stage stage = null;
        long start = 0;
        long held = 0;
        Long holdSince = null;
        for (StageTransition t : history) {
            long at = micros(t.occurredAt.toInstant());
            switch (t.action) {
                case PROPOSE, ADVANCE, REVERT -> {
                    if (stage != null && t.action != HistoryAction.PROPOSE) {
                        entries.add(new Entry(StayKind.COMPLETED.name(), t.fromStage.name(), hours(at - start - held)));
                    }
                    if (t.action == HistoryAction.REVERT) {
                        entries.add(new Entry("REVERT", t.trigger == null ? "null" : t.trigger.name(), 0));
                    }
                    stage = t.toStage;
                    start = at;
                    held = 0;
                    holdSince = null;
                }
                case HOLD -> holdSince = at;
                case RESUME, CLOSE -> {
                    if (holdSince != null) {
                        held += at - holdSince;
                        holdSince = null;
                    }
                    if (t.action == HistoryAction.CLOSE && stage != null) {
                        entries.add(new Entry(StayKind.CLOSED.name(), t.fromStage.name(), hours(at - start - held)));
                        stage = null;
                    }
                }
                default -> {
                    // DISMISS_RESCOPING neither starts nor ends a stay
                }
            }
        }
        // the stay going on now: in the partnership's current stage, unless it is closed
        if (stage != null && !Status.CLOSED.name().equals(shape.status())) {
            entries.add(holdSince != null ? new Entry("HELD", shape.stage(), hours(holdSince - start - held))
                    : new Entry(StayKind.ONGOING.name(), shape.stage(), Math.floorDiv(start + held + DAY_MICROS - 1, DAY_MICROS) * 24));
        }
        return entries;
    }

    private static long hours(long micros) {
        return Math.floorDiv(micros, HOUR_MICROS);
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
