package org.s3coop.challenge.domain;

import java.util.Arrays;
import java.util.List;

/** A status transition the challenge's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {
    private final ChallengeAction action;
    private final ChallengeStatus status;

    public IllegalTransitionException(ChallengeAction action, ChallengeStatus status) {
        super(action + " is not allowed on a challenge that is " + status + "; " + action + " applies to "
                + action.allowedFrom() + ", and from " + status + " the allowed actions are " + allowedFrom(status),
                null, false, false);
        this.action = action;
        this.status = status;
    }

    public ChallengeAction action() {
        return action;
    }

    public ChallengeStatus status() {
        return status;
    }

    public static List<ChallengeAction> allowedFrom(ChallengeStatus status) {
        return Arrays.stream(ChallengeAction.values()).filter(a -> a.allowedFrom(status)).toList();
    }
}
