package org.s3coop.partnership.domain;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The portfolio's aggregates, cell by cell (issue 15): what one partnership, with its investment projects, adds to the
 * portfolio's figures. A partnership counts once in the cell of its programme, priority, stage, status, half-year of
 * creation ({@code since}) and latest reported half-year ({@code reported}) with country {@code ""} (any country), and
 * once more per country of its ACTIVE members (the {@code country} filter); each of its projects adds its money and
 * TRL to the cell of its instrument and status in the same way. Kept up to date in the transaction of each change as
 * the difference between the cells before and after ({@link #difference}); the sums per cell are the figures.
 */
public final class PortfolioCell {
    /** Where a figure counts; {@code ""} where a part does not apply (the project parts of a partnership's cell...). */
    public record Key(String programme, String priority, String country, String stage, String status, String since,
            String reported, String instrument, String projectStatus) {
    }

    /** The figures of a cell: partnerships, projects, EUR requested and granted, TRL at start and target (sums). */
    public record Figures(long partnerships, long projects, BigDecimal requested, BigDecimal granted, long trlStart,
            long trlTarget) {
        public static final Figures ZERO = new Figures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

        public Figures plus(Figures o) {
            return new Figures(partnerships + o.partnerships, projects + o.projects, requested.add(o.requested),
                    granted.add(o.granted), trlStart + o.trlStart, trlTarget + o.trlTarget);
        }

        public Figures negate() {
            return new Figures(-partnerships, -projects, requested.negate(), granted.negate(), -trlStart, -trlTarget);
        }

        public boolean isZero() {
            return partnerships == 0 && projects == 0 && requested.signum() == 0 && granted.signum() == 0
                    && trlStart == 0 && trlTarget == 0;
        }
    }

    /** What of a partnership places it in the cells: when it does not change, neither do its cells. */
    public record Shape(String programme, String priority, SortedSet<String> countries, String stage, String status,
            String since, String reported) {
        public static Shape of(Partnership p) {
            SortedSet<String> countries = new TreeSet<>();
            p.activeMemberCodes().forEach(c -> countries.add(c.substring(0, 2)));
            return new Shape(p.programmeCode, p.priorityCode, countries, p.stage.name(), p.status.name(),
                    ReportPeriod.of(p.createdAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()).toString(),
                    p.lastReportedPeriod == null ? "" : p.lastReportedPeriod);
        }
    }

    /** A project as the cells see it: its instrument, status, money and TRL. */
    public record ProjectFigures(String instrument, String status, BigDecimal requested, BigDecimal granted, int trlStart,
            int trlTarget) {
        public static ProjectFigures of(InvestmentProject x) {
            return new ProjectFigures(x.instrument.name(), x.status.name(), orZero(x.requestedEur), orZero(x.grantedEur),
                    x.trlStart, x.trlTarget);
        }
    }

    private PortfolioCell() {
    }

    /** The cells a partnership of {@code shape} with {@code projects} adds to (none for a null shape). */
    public static Map<Key, Figures> of(Shape shape, List<ProjectFigures> projects) {
        Map<Key, Figures> cells = new LinkedHashMap<>();
        if (shape == null) {
            return cells;
        }
        List<String> countries = new ArrayList<>();
        countries.add("");
        countries.addAll(shape.countries());
        for (String country : countries) {
            cells.merge(new Key(shape.programme(), shape.priority(), country, shape.stage(), shape.status(), shape.since(),
                    shape.reported(), "", ""), new Figures(1, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0), Figures::plus);
            for (ProjectFigures x : projects) {
                cells.merge(new Key(shape.programme(), shape.priority(), country, shape.stage(), "", "", "", x.instrument(),
                        x.status()), new Figures(0, 1, x.requested(), x.granted(), x.trlStart(), x.trlTarget()),
                        Figures::plus);
            }
        }
        return cells;
    }

    /** What changes from {@code before} to {@code after}, cell by cell (cells that stay the same left out). */
    public static Map<Key, Figures> difference(Map<Key, Figures> before, Map<Key, Figures> after) {
        Map<Key, Figures> diff = new HashMap<>();
        after.forEach((k, f) -> diff.merge(k, f, Figures::plus));
        before.forEach((k, f) -> diff.merge(k, f.negate(), Figures::plus));
        diff.values().removeIf(Figures::isZero);
        return diff;
    }

    /** Whether two shapes put a partnership in the same cells. */
    public static boolean same(Shape a, Shape b) {
        return Objects.equals(a, b);
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
