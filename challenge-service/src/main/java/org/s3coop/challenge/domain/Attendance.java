package org.s3coop.challenge.domain;

import java.util.List;

/** Who attended a meeting: member regions (NUTS codes) and organisations. */
public record Attendance(List<String> regions, List<String> organisations) {
    public static final Attendance NONE = new Attendance(List.of(), List.of());

    /** Codes sorted and each once; organisation names stripped, each once, in the order given. */
    public static Attendance of(List<String> regions, List<String> organisations) {
        return new Attendance(regions == null ? List.of() : regions.stream().distinct().sorted().toList(),
                organisations == null ? List.of() : organisations.stream().map(String::strip).filter(o -> !o.isEmpty())
                        .distinct().toList());
    }
}
