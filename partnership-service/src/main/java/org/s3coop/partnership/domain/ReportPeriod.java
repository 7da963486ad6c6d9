package org.s3coop.partnership.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.s3coop.platform.problem.ProblemException;

/**
 * A half-year reporting period, {@code 2026-H1} (January–June) or {@code 2026-H2} (July–December), UTC. Its text
 * sorts as the periods do, so the database compares periods as text.
 */
public record ReportPeriod(int year, int half) implements Comparable<ReportPeriod> {
    /** The syntax of a period, as a path parameter checks it. */
    public static final String PATTERN = "^[0-9]{4}-H[12]$";
    public static final String RULE = "must be a half-year such as 2026-H1 (January-June) or 2026-H2 (July-December)";
    private static final Pattern SYNTAX = Pattern.compile("([0-9]{4})-H([12])");

    public static ReportPeriod parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw ProblemException.invalid("period", RULE);
        }
        return new ReportPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The period {@code day} lies in. */
    public static ReportPeriod of(LocalDate day) {
        return new ReportPeriod(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The last period that has ended at {@code now}: the one before the current one. */
    public static ReportPeriod lastClosed(OffsetDateTime now) {
        return of(now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()).previous();
    }

    public ReportPeriod previous() {
        return half == 2 ? new ReportPeriod(year, 1) : new ReportPeriod(year - 1, 2);
    }

    public OffsetDateTime start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public OffsetDateTime end() {
        return half == 1 ? LocalDate.of(year, 7, 1).atStartOfDay().atOffset(ZoneOffset.UTC)
                : LocalDate.of(year + 1, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    @Override
    public int compareTo(ReportPeriod o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
