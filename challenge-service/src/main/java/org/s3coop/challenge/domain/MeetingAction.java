package org.s3coop.challenge.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The state machine of a meeting, as one table: each action, the status it starts from and the status it leads to.
 * Anything else is refused with {@code invalid-transition}.
 */
public enum MeetingAction {
    MARK_HELD(MeetingStatus.PLANNED, MeetingStatus.HELD),
    PUBLISH_MINUTES(MeetingStatus.HELD, MeetingStatus.MINUTES_PUBLISHED);

    private final MeetingStatus from;
    private final MeetingStatus target;

    MeetingAction(MeetingStatus from, MeetingStatus target) {
        this.from = from;
        this.target = target;
    }

    public MeetingStatus target() {
        return target;
    }

    public static List<MeetingAction> availableFrom(MeetingStatus status) {
        return Arrays.stream(values()).filter(a -> a.from == status).toList();
    }

    /** The status this action leads to from {@code status}, or 409 {@code invalid-transition} naming what is allowed. */
    public MeetingStatus requireAllowedFrom(MeetingStatus status) {
        if (from != status) {
            throw ChallengeProblem.INVALID_TRANSITION.exception(this + " applies to a meeting that is " + from
                    + "; this one is " + status + ", where the allowed actions are " + availableFrom(status));
        }
        return target;
    }
}
