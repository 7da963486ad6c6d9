package org.s3coop.local;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names a PromQL expression reads (not its functions, keywords, label names or label values). */
final class PromQlMetricNames {
    private static final Set<String> NOT_METRICS = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "offset", "bool", "rate", "irate", "increase", "delta", "idelta",
            "deriv", "histogram_quantile", "label_values", "label_replace", "label_join", "abs", "ceil", "floor",
            "round", "clamp", "clamp_min", "clamp_max", "vector", "scalar", "time", "absent", "changes", "resets",
            "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time", "last_over_time",
            "predict_linear", "sort", "sort_desc", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQlMetricNames() {
    }

    static Set<String> of(String expr) {
        String bare = expr
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // label values, strings
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // range selectors
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String token = m.group();
            boolean isNumber = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!NOT_METRICS.contains(token.toLowerCase(java.util.Locale.ROOT)) && !token.startsWith("$") && !isNumber) {
                names.add(token);
            }
        }
        return names;
    }
}
