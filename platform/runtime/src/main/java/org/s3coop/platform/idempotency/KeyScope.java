package org.s3coop.platform.idempotency;

import java.util.List;

import org.s3coop.platform.problem.ProblemException;

/**
 * What an {@code Idempotency-Key} is unique within: the caller (the token's subject, or {@code anonymous}), the HTTP
 * method and the request path. Two callers may use the same key without seeing each other's answers.
 */
public record KeyScope(String caller, String method, String path, String key) {
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;
    static final String RULE = "must be 1 to " + MAX_LENGTH + " printable ASCII characters (e.g. a UUID)";

    /**
     * The key of the request: null when the header is absent; 400 when it is sent more than once, empty, longer
     * than 255 characters or has characters outside printable ASCII (0x20-0x7E).
     */
    public static String keyOf(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return null;
        }
        if (headerValues.size() > 1) {
            throw ProblemException.invalid(HEADER, "must be sent once");
        }
        String key = headerValues.get(0);
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ProblemException.invalid(HEADER, RULE);
        }
        return key;
    }

    /** The text whose hash names the advisory lock a running request holds on this key. */
    String lockName() {
        return caller + '\n' + method + ' ' + path + '\n' + key;
    }
}
