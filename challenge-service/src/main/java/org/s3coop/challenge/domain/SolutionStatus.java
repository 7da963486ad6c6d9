package org.s3coop.challenge.domain;

/** A solution moves forward only: PROPOSED → PILOTED → ADOPTED (steps may be skipped, never undone). */
public enum SolutionStatus {
    PROPOSED, PILOTED, ADOPTED;

    public boolean canMoveTo(SolutionStatus next) {
        return next.ordinal() >= ordinal();
    }
}
