package org.s3coop.platform.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * What a subscriber asked for: {@code types} is a comma-separated list of exact {@code ce_type}s or prefixes ending
 * with {@code *}; {@code subject} an exact {@code ce_subject}. Absent or blank means "everything".
 */
public final class StreamFilter {
    private final List<String> exact = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final String subject;

    public StreamFilter(String types, String subject) {
        if (types != null) {
            for (String t : types.split(",")) {
                String s = t.trim();
                if (s.isEmpty()) {
                    continue;
                }
                if (s.endsWith("*")) {
                    prefixes.add(s.substring(0, s.length() - 1));
                } else {
                    exact.add(s);
                }
            }
        }
        this.subject = subject == null || subject.isBlank() ? null : subject.trim();
    }

    public boolean matches(StreamEvent e) {
        if (subject != null && !subject.equals(e.subject())) {
            return false;
        }
        if (exact.isEmpty() && prefixes.isEmpty()) {
            return true;
        }
        if (e.type() == null) {
            return false;
        }
        if (exact.contains(e.type())) {
            return true;
        }
        for (String p : prefixes) {
            if (e.type().startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
