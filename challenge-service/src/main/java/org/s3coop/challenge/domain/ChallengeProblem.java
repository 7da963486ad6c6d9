package org.s3coop.challenge.domain;

import org.s3coop.platform.problem.ProblemType;

/**
 * The problem types of challenge-service: its catalogue, listed in docs/api.md.
 * Generic types (validation, not-found, stale-version, ...) are the platform's {@code PlatformProblem}.
 */
public enum ChallengeProblem implements ProblemType {
    INVALID_TRANSITION("invalid-transition", 409, "Conflict"),
    CHALLENGE_NOT_OPEN("challenge-not-open", 409, "Conflict"),
    SOLUTION_STATUS_BACKWARDS("solution-status-backwards", 409, "Conflict"),
    UNKNOWN_REGION("unknown-region", 422, "Unprocessable request"),
    RETIRED_REGION("retired-region", 422, "Unprocessable request"),
    UNKNOWN_SCOPE_REF("unknown-scope-ref", 422, "Unprocessable request"),
    NOT_A_MEMBER("not-a-member", 422, "Unprocessable request"),
    UNKNOWN_MEETING("unknown-meeting", 422, "Unprocessable request"),
    UNKNOWN_SOLUTION("unknown-solution", 422, "Unprocessable request"),
    ROUND_EXISTS("round-exists", 409, "Conflict"),
    ROUND_CLOSED("round-closed", 409, "Conflict"),
    MEETING_READ_ONLY("meeting-read-only", 409, "Conflict"),
    SOLUTION_NOT_ADOPTED("solution-not-adopted", 409, "Conflict"),
    PRACTICE_EXISTS("practice-exists", 409, "Conflict");

    private final String slug;
    private final int status;
    private final String title;

    ChallengeProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
