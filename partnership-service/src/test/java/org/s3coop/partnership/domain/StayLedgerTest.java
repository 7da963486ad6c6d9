package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** A partnership's stay and revert cells from its history: lengths to the hour, time ON_HOLD left out. */
class StayLedgerTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-01-01T00:00:00Z");

    private static PortfolioCell.Shape shape(String stage, String status, String... countries) {
        return new PortfolioCell.Shape("P", "C20", new TreeSet<>(List.of(countries)), stage, status, "2025-H1", "");
    }

    private static StageTransition step(HistoryAction action, Stage from, Stage to, RevertTrigger trigger, long minutes) {
        StageTransition t = new StageTransition();
        t.action = action;
        t.fromStage = from;
        t.toStage = to;
        t.trigger = trigger;
        t.occurredAt = T0.plusMinutes(minutes);
        return t;
    }

    private static Map<String, Long> anyCountry(Map<StayLedger.Key, Long> cells) {
        Map<String, Long> out = new TreeMap<>();
        cells.forEach((k, n) -> {
            if (k.country().isEmpty()) {
                out.put(k.kind() + " " + k.subject() + " " + k.hour(), n);
            }
        });
        return out;
    }

    @Test
    void completedStaysLeaveTheHoldOutAndTheOngoingOneStartsLaterByIt() {
        List<StageTransition> h = new ArrayList<>();
        h.add(step(HistoryAction.PROPOSE, null, Stage.SCOPING, null, 0));
        h.add(step(HistoryAction.HOLD, Stage.SCOPING, Stage.SCOPING, null, 60));
        h.add(step(HistoryAction.RESUME, Stage.SCOPING, Stage.SCOPING, null, 60 + 24 * 60));
        // SCOPING: 3 days 30 minutes, one day on hold: 48.5 h, truncated to 48
        h.add(step(HistoryAction.ADVANCE, Stage.SCOPING, Stage.MAPPING, null, 3 * 24 * 60 + 30));
        h.add(step(HistoryAction.REVERT, Stage.MAPPING, Stage.SCOPING, RevertTrigger.OTHER, 4 * 24 * 60 + 30));
        h.add(step(HistoryAction.HOLD, Stage.SCOPING, Stage.SCOPING, null, 4 * 24 * 60 + 90));
        h.add(step(HistoryAction.RESUME, Stage.SCOPING, Stage.SCOPING, null, 4 * 24 * 60 + 150));

        Map<StayLedger.Key, Long> cells = StayLedger.of(shape("SCOPING", "ACTIVE", "DE", "ES"), h);
        // the ongoing stay started at 4d00:30 and spent an hour on hold: effective start 4d01:30, rounded up to the day
        long start = T0.toEpochSecond() / 3600 + 5 * 24;
        assertThat(anyCountry(cells)).containsExactlyInAnyOrderEntriesOf(Map.of("COMPLETED SCOPING 48", 1L,
                "COMPLETED MAPPING 24", 1L, "REVERT OTHER 0", 1L, "ONGOING SCOPING " + start, 1L));
        assertThat(cells).as("once for any country, once per member country").hasSize(12);
        assertThat(cells.keySet()).allMatch(k -> k.stage().equals("SCOPING") && k.priority().equals("C20"));
    }

    @Test
    void anOnHoldPartnershipsStayIsItsAgeWhenTheHoldBeganAndAClosedOneHasNone() {
        List<StageTransition> h = new ArrayList<>();
        h.add(step(HistoryAction.PROPOSE, null, Stage.SCOPING, null, 0));
        h.add(step(HistoryAction.REVERT, Stage.SCOPING, Stage.SCOPING, null, 10));
        h.add(step(HistoryAction.HOLD, Stage.SCOPING, Stage.SCOPING, null, 10 + 5 * 60 + 59));
        assertThat(anyCountry(StayLedger.of(shape("SCOPING", "ON_HOLD"), h))).containsExactlyInAnyOrderEntriesOf(
                Map.of("COMPLETED SCOPING 0", 1L, "REVERT null 0", 1L, "HELD SCOPING 5", 1L));

        h.add(step(HistoryAction.CLOSE, Stage.SCOPING, Stage.SCOPING, null, 10 + 48 * 60));
        assertThat(anyCountry(StayLedger.of(shape("SCOPING", "CLOSED"), h))).containsExactlyInAnyOrderEntriesOf(
                Map.of("COMPLETED SCOPING 0", 1L, "REVERT null 0", 1L, "CLOSED SCOPING 5", 1L));
    }

    @Test
    void theDifferenceMovesOnlyWhatChanged() {
        List<StageTransition> before = List.of(step(HistoryAction.PROPOSE, null, Stage.SCOPING, null, 0));
        List<StageTransition> after = new ArrayList<>(before);
        after.add(step(HistoryAction.ADVANCE, Stage.SCOPING, Stage.MAPPING, null, 90));
        Map<StayLedger.Key, Long> diff = StayLedger.difference(StayLedger.of(shape("SCOPING", "ACTIVE"), before),
                StayLedger.of(shape("MAPPING", "ACTIVE"), after));
        assertThat(anyCountry(diff)).containsExactlyInAnyOrderEntriesOf(Map.of("ONGOING SCOPING " + T0.toEpochSecond() / 3600,
                -1L, "COMPLETED SCOPING 1", 1L, "ONGOING MAPPING " + (T0.toEpochSecond() / 3600 + 24), 1L));
        assertThat(StayLedger.difference(StayLedger.of(shape("MAPPING", "ACTIVE"), after),
                StayLedger.of(shape("MAPPING", "ACTIVE"), after))).isEmpty();
    }
}
