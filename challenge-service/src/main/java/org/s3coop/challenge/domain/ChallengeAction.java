package org.s3coop.challenge.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.s3coop.platform.problem.ProblemException;

/**
 * The state machine of a challenge, as one table: each action, the statuses it may start from and the status it
 * leads to. Anything not in the table is refused with {@code invalid-transition}.
 */
public enum ChallengeAction {
    ADDRESS(ChallengeStatus.ADDRESSED, EnumSet.of(ChallengeStatus.OPEN)),
    CLOSE(ChallengeStatus.CLOSED, EnumSet.of(ChallengeStatus.OPEN, ChallengeStatus.ADDRESSED)),
    WITHDRAW(ChallengeStatus.WITHDRAWN, EnumSet.of(ChallengeStatus.OPEN, ChallengeStatus.ADDRESSED)),
    REOPEN(ChallengeStatus.OPEN, EnumSet.of(ChallengeStatus.ADDRESSED, ChallengeStatus.CLOSED, ChallengeStatus.WITHDRAWN));

    private final ChallengeStatus target;
    private final Set<ChallengeStatus> from;

    ChallengeAction(ChallengeStatus target, Set<ChallengeStatus> from) {
        this.target = target;
        this.from = from;
    }

    public ChallengeStatus target() {
        return target;
    }

    public boolean allowedFrom(ChallengeStatus status) {
        return from.contains(status);
    }

    /** The actions a challenge in {@code status} allows, in table order. */
    public static List<ChallengeAction> availableFrom(ChallengeStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).toList();
    }

    /** The status this action leads to from {@code status}, or 409 {@code invalid-transition} naming what is allowed. */
    public ChallengeStatus requireAllowedFrom(ChallengeStatus status) {
        if (!allowedFrom(status)) {
            throw refusal(status);
        }
        return target;
    }

    private ProblemException refusal(ChallengeStatus status) {
        return ChallengeProblem.INVALID_TRANSITION.exception(this + " is not allowed on a challenge that is " + status
                + "; " + this + " applies to " + from + ", and from " + status + " the allowed actions are "
                + availableFrom(status));
    }
}
