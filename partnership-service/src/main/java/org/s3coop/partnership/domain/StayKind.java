package org.s3coop.partnership.domain;

/**
 * How a stay in a stage ended (the portfolio's figures): left by ADVANCE or REVERT (COMPLETED), by CLOSE (CLOSED), or
 * not yet (ONGOING).
 */
public enum StayKind {
    COMPLETED, CLOSED, ONGOING
}
