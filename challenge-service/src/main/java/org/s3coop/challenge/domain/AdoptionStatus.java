package org.s3coop.challenge.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A region's adoption of a good practice: {@code PLANNED → IMPLEMENTING → IMPLEMENTED | ABANDONED} (abandoning is
 * possible while planned or implementing). The table of moves is {@link #next}; staying in the same status (only the
 * adaptation notes change) is always allowed; an adoption may start in any status (a region that implemented the
 * practice before it was published says so at once).
 */
public enum AdoptionStatus {
    PLANNED, IMPLEMENTING, IMPLEMENTED, ABANDONED;

    /** The statuses reachable in one step. */
    public Set<AdoptionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IMPLEMENTING, ABANDONED);
            case IMPLEMENTING -> EnumSet.of(IMPLEMENTED, ABANDONED);
            case IMPLEMENTED, ABANDONED -> EnumSet.noneOf(AdoptionStatus.class);
        };
    }

    /** Fails with 409 {@code invalid-transition} unless {@code target} is this status or one step on. */
    public void requireCanMoveTo(AdoptionStatus target) {
        if (target != this && !next().contains(target)) {
            throw ChallengeProblem.INVALID_TRANSITION.exception("An adoption that is " + this + " cannot become " + target
                    + "; from " + this + " it can become " + (next().isEmpty() ? "nothing else (final)" : next()));
        }
    }
}
