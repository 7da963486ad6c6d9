package org.s3coop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown table of a run: each figure next to its baseline, the ratio, the target and whether it is met. */
final class Report {
    /** One line of the table; {@code met} is null where there is no target (informative figures). */
    record Row(String metric, String value, String baseline, String ratio, String target, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    Report row(String metric, String value, String baseline, String ratio, String target, Boolean met) {
        rows.add(new Row(metric, value, baseline, ratio, target, met));
        return this;
    }

    Report section(String markdown) {
        sections.add(markdown);
        return this;
    }

    List<Row> rows() {
        return rows;
    }

    long missed() {
        return rows.stream().filter(r -> Boolean.FALSE.equals(r.met())).count();
    }

    String table() {
        StringBuilder md = new StringBuilder();
        md.append("| metric | value | baseline | ratio | target | met? |\n");
        md.append("|---|---:|---:|---:|---|:---:|\n");
        for (Row r : rows) {
            md.append("| ").append(r.metric()).append(" | ").append(r.value()).append(" | ").append(r.baseline())
                    .append(" | ").append(r.ratio()).append(" | ").append(r.target()).append(" | ")
                    .append(r.met() == null ? "–" : r.met() ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }

    String markdown(String title) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(table());
        for (String s : sections) {
            md.append('\n').append(s).append('\n');
        }
        return md.toString();
    }

    static String num(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String ms(double v) {
        return num(v) + " ms";
    }

    static String ratio(double value, double baseline) {
        return baseline <= 0 ? "–" : String.format(Locale.ROOT, "%.2f×", value / baseline);
    }

    static String percent(double value, double baseline) {
        return baseline <= 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * value / baseline);
    }
}
