package org.s3coop.challenge.domain;

import java.util.EnumSet;
import java.util.Set;

/** The status transitions of a challenge: where each may start from and where it leads. */
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

    public Set<ChallengeStatus> allowedFrom() {
        return from;
    }

    public boolean allowedFrom(ChallengeStatus status) {
        return from.contains(status);
    }
}
