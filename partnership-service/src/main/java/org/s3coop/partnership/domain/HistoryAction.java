package org.s3coop.partnership.domain;

/**
 * What one entry of a partnership's history records: its proposal, or one {@link TransitionAction} (same names, so
 * {@code stage_transition.action} holds the same strings as before it was an enum).
 */
public enum HistoryAction {
    PROPOSE, ADVANCE, REVERT, HOLD, RESUME, CLOSE, DISMISS_RESCOPING
}
