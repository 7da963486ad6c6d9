package org.s3coop.platform.problem;

import java.util.List;

/**
 * A request that cannot be served, with the problem to answer. Services throw it; {@link ProblemMappers} writes
 * it as {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(int status, String slug, String title, String detail) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, null, null));
    }

    public static ProblemException notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return of(409, slug, "Conflict", detail);
    }

    public static ProblemException staleVersion(long current) {
        return of(412, "stale-version", "Precondition failed",
                "If-Match does not match the current version \"" + current + "\"; read the resource again");
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return of(422, slug, "Unprocessable request", detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                field + ": " + message, null, List.of(new Problem.Violation(field, message)), null));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new ProblemException(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail,
                null, List.copyOf(violations), null));
    }

    public static ProblemException gateNotMet(String detail, List<Problem.UnmetCriterion> unmet) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "gate-criteria-unmet", "Gate criteria not met",
                409, detail, null, null, List.copyOf(unmet)));
    }
}
