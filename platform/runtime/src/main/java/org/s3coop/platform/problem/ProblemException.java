package org.s3coop.platform.problem;

import java.util.List;

/**
 * A request that cannot be served, with the problem to answer. Services throw it (usually through their catalogue:
 * {@code SomeProblem.X.exception(detail)}); {@link ProblemMappers} writes it as {@code application/problem+json}.
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

    public static ProblemException notFound(String detail) {
        return PlatformProblem.NOT_FOUND.exception(detail);
    }

    public static ProblemException staleVersion(long current) {
        return PlatformProblem.STALE_VERSION.exception(
                "If-Match does not match the current version \"" + current + "\"; read the resource again");
    }

    public static ProblemException forbidden(String detail) {
        return PlatformProblem.FORBIDDEN.exception(detail);
    }

    /** 400 with one field at fault. */
    public static ProblemException invalid(String field, String message) {
        return PlatformProblem.VALIDATION.violations(List.of(new Problem.Violation(field, message)));
    }

    /** 400 with every field at fault. */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        return PlatformProblem.VALIDATION.violations(violations);
    }
}
