package org.s3coop.partnership.domain;

/** Whether a partnership is moving, paused, or over. */
public enum Status {
    ACTIVE, ON_HOLD, CLOSED
}
