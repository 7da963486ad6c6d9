package org.s3coop.partnership.domain;

/** What a transition request asks for. */
public enum TransitionAction {
    /** To the next stage, through its gate; lead region only. */
    ADVANCE,
    /** Back to any earlier stage, with a trigger and a reason. */
    REVERT,
    /** ACTIVE to ON_HOLD. */
    HOLD,
    /** ON_HOLD to ACTIVE. */
    RESUME,
    /** To CLOSED with an outcome; lead region only. */
    CLOSE
}
