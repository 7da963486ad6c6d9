package org.s3coop.partnership.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.s3coop.partnership.domain.Instrument;
import org.s3coop.partnership.domain.PortfolioCell;
import org.s3coop.partnership.domain.ProjectStatus;
import org.s3coop.partnership.domain.ReportPeriod;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.repository.PartnershipRepository.StageStatusCount;
import org.s3coop.partnership.repository.PortfolioCellRepository.Row;

/**
 * The portfolio's figures read from the aggregate cells (issue 15): the partnerships per programme and stage (the
 * funnel), the investment projects by status and instrument, the investment mobilised per instrument (EUR requested by
 * the projects submitted, EUR granted to those FUNDED, RUNNING or COMPLETED), the TRL progression per instrument
 * (average start → target), and the open partnerships whose report for the last closed half-year is overdue.
 */
public record InvestmentFigures(Map<String, Map<Stage, Long>> funnel, Map<ProjectStatus, Long> projectsByStatus,
        Map<Instrument, Long> projectsByInstrument, Map<Instrument, Money> mobilisedByInstrument, Money mobilised,
        Map<Instrument, Trl> trlByInstrument, String lastClosedPeriod, long overdueReports) {

    /** EUR requested and granted. */
    public record Money(BigDecimal requestedEur, BigDecimal grantedEur) {
        static final Money ZERO = new Money(BigDecimal.ZERO, BigDecimal.ZERO);

        Money plus(Money o) {
            return new Money(requestedEur.add(o.requestedEur), grantedEur.add(o.grantedEur));
        }
    }

    /** The TRL of an instrument's projects: how many, their average TRL at start and targeted (two decimals). */
    public record Trl(long projects, BigDecimal averageStart, BigDecimal averageTarget) {
    }

    /** The figures of {@code rows} (the cells a filter selects) as of the last closed period {@code lastClosed}. */
    public static InvestmentFigures of(List<Row> rows, ReportPeriod lastClosed) {
        Map<String, Map<Stage, Long>> funnel = new TreeMap<>();
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        Map<Instrument, Long> byInstrument = new EnumMap<>(Instrument.class);
        Map<Instrument, Money> money = new EnumMap<>(Instrument.class);
        Map<Instrument, long[]> trl = new EnumMap<>(Instrument.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            byStatus.put(s, 0L);
        }
        long overdue = 0;
        String closed = lastClosed.toString();
        for (Row r : rows) {
            PortfolioCell.Key k = r.key();
            PortfolioCell.Figures f = r.figures();
            if (!k.status().isEmpty()) {
                Map<Stage, Long> stages = funnel.computeIfAbsent(k.programme(), x -> zeroes());
                stages.merge(Stage.valueOf(k.stage()), f.partnerships(), Long::sum);
                if (!Status.CLOSED.name().equals(k.status()) && k.since().compareTo(closed) <= 0
                        && (k.reported().isEmpty() || k.reported().compareTo(closed) < 0)) {
                    overdue += f.partnerships();
                }
            } else if (f.projects() != 0) {
                ProjectStatus status = ProjectStatus.valueOf(k.projectStatus());
                Instrument instrument = Instrument.valueOf(k.instrument());
                byStatus.merge(status, f.projects(), Long::sum);
                byInstrument.merge(instrument, f.projects(), Long::sum);
                Money m = new Money(status.wasSubmitted() ? f.requested() : BigDecimal.ZERO,
                        status.mobilises() ? f.granted() : BigDecimal.ZERO);
                money.merge(instrument, m, Money::plus);
                long[] t = trl.computeIfAbsent(instrument, x -> new long[3]);
                t[0] += f.projects();
                t[1] += f.trlStart();
                t[2] += f.trlTarget();
            }
        }
        Map<Instrument, Trl> trlByInstrument = new EnumMap<>(Instrument.class);
        trl.forEach((i, t) -> trlByInstrument.put(i, new Trl(t[0], average(t[1], t[0]), average(t[2], t[0]))));
        Money total = money.values().stream().reduce(Money.ZERO, Money::plus);
        return new InvestmentFigures(funnel, byStatus, byInstrument, money, total, trlByInstrument, closed, overdue);
    }

    /** The partnerships by stage and status of the cells (what Portfolio counts). */
    public static List<StageStatusCount> counts(List<Row> rows) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : rows) {
            if (!r.key().status().isEmpty() && r.figures().partnerships() != 0) {
                counts.merge(r.key().stage() + "/" + r.key().status(), r.figures().partnerships(), Long::sum);
            }
        }
        List<StageStatusCount> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] parts = k.split("/");
            out.add(new StageStatusCount(Stage.valueOf(parts[0]), Status.valueOf(parts[1]), n));
        });
        return out;
    }

    private static Map<Stage, Long> zeroes() {
        Map<Stage, Long> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, 0L);
        }
        return m;
    }

    private static BigDecimal average(long sum, long n) {
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
