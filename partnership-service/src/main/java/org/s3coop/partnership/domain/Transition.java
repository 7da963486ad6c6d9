package org.s3coop.partnership.domain;

import java.util.Objects;

/**
 * A transition asked for: the action and the fields it takes. A blank reason counts as none. Constructing one
 * checks the fields against {@link TransitionAction}'s table (400 with every field at fault), so a Transition that
 * exists is well formed; whether the partnership's state allows it is {@link Partnership#check}'s business.
 */
public record Transition(TransitionAction action, Stage targetStage, RevertTrigger trigger, String reason,
        Outcome outcome) {

    public Transition(TransitionAction action, Stage targetStage, RevertTrigger trigger, String reason, Outcome outcome) {
        this.action = Objects.requireNonNull(action, "action");
        this.targetStage = targetStage;
        this.trigger = trigger;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.outcome = outcome;
        TransitionAction.requireFields(this);
    }
}
