package org.s3coop.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * One entry of a problem catalogue: the {@code type} URI's slug, the HTTP status and the title every problem of
 * this type carries. The platform's generic types are {@link PlatformProblem}; each service lists its own in one
 * enum (its catalogue), so a type is written once and portals can match on it.
 */
public interface ProblemType {
    /** The last segment of the type URI, e.g. {@code stale-version}. */
    String slug();

    int status();

    String title();

    default String uri() {
        return Problem.TYPE_BASE + slug();
    }

    /** The problem of this type with the request-specific detail. */
    default Problem problem(String detail) {
        return new Problem(uri(), title(), status(), detail, null, null, Map.of());
    }

    /** A failure to throw: the request is answered with this problem and changes nothing. */
    default ProblemException exception(String detail) {
        return new ProblemException(problem(detail));
    }

    /** As {@link #exception(String)}, with extension members (RFC 9457 section 3.2) beside the standard ones. */
    default ProblemException exception(String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem(uri(), title(), status(), detail, null, null, Map.copyOf(extensions)));
    }

    /** A 400 of this type with the fields at fault. */
    default ProblemException violations(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new ProblemException(new Problem(uri(), title(), status(), detail, null, List.copyOf(violations), Map.of()));
    }
}
