package org.s3coop.partnership.domain;

import org.s3coop.platform.problem.ProblemType;

/**
 * The problem types of partnership-service: its catalogue, listed in docs/api.md.
 * Generic types (validation, not-found, stale-version, ...) are the platform's {@code PlatformProblem}.
 */
public enum PartnershipProblem implements ProblemType {
    GATE_CRITERIA_UNMET("gate-criteria-unmet", 409, "Gate criteria not met"),
    INVALID_TRANSITION("invalid-transition", 409, "Conflict"),
    PARTNERSHIP_CLOSED("partnership-closed", 409, "Conflict"),
    LEAD_REGION_CANNOT_LEAVE("lead-region-cannot-leave", 409, "Conflict"),
    NO_PENDING_INVITATION("no-pending-invitation", 409, "Conflict"),
    MEMBER_LIMIT_REACHED("member-limit-reached", 409, "Conflict"),
    PARTICIPANT_LIMIT_REACHED("participant-limit-reached", 409, "Conflict"),
    REPORT_SUBMITTED("report-submitted", 409, "Conflict"),
    NOT_A_MEMBER("not-a-member", 422, "Unprocessable request"),
    NESTED_MEMBER_REGIONS("nested-member-regions", 422, "Unprocessable request"),
    UNKNOWN_REGION("unknown-region", 422, "Unprocessable request"),
    RETIRED_REGION("retired-region", 422, "Unprocessable request");

    private final String slug;
    private final int status;
    private final String title;

    PartnershipProblem(String slug, int status, String title) {
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
