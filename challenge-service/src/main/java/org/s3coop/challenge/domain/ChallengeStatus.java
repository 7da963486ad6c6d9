package org.s3coop.challenge.domain;

/** OPEN → ADDRESSED → CLOSED; WITHDRAWN when it should not have been raised; REOPEN goes back to OPEN. */
public enum ChallengeStatus {
    OPEN, ADDRESSED, CLOSED, WITHDRAWN;

    /** Solutions may be proposed and the description changed only while the challenge is being worked on. */
    public boolean isWorkedOn() {
        return this == OPEN || this == ADDRESSED;
    }
}
