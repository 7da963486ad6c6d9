package org.s3coop.partnership.domain;

import static org.s3coop.partnership.domain.Status.ACTIVE;
import static org.s3coop.partnership.domain.Status.CLOSED;
import static org.s3coop.partnership.domain.Status.ON_HOLD;
import static org.s3coop.partnership.domain.TransitionAction.Direction.EARLIER;
import static org.s3coop.partnership.domain.TransitionAction.Direction.NEXT;
import static org.s3coop.partnership.domain.TransitionAction.Direction.SAME;
import static org.s3coop.partnership.domain.TransitionAction.Need.FORBIDDEN;
import static org.s3coop.partnership.domain.TransitionAction.Need.OPTIONAL;
import static org.s3coop.partnership.domain.TransitionAction.Need.REQUIRED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

/**
 * The partnership's state machine, as one table: for each action the statuses it starts from, where it takes the
 * stage (and so from which stages it can start), the status it leads to (null: the status stays), the request fields
 * it requires, accepts or refuses, whether it clears the re-scoping recommendation and whether it needs one to clear.
 * Nothing else says what is allowed: {@link Transition} checks its fields here, {@link Partnership#check} its state,
 * {@link Gate} and the {@link GateCriterion#STATUS_ACTIVE} criterion read the ADVANCE row. Who may ask is the row of
 * the same name in {@link PartnershipAction} ({@link #right()}). docs/partnership-service.md shows this table
 * (TransitionActionTest keeps the two alike).
 */
public enum TransitionAction {
    //                 from statuses                stage    status   target     trigger    reason    outcome    clears     needs
    //                                                       after    stage                                      rescoping  rescoping
    /** To the next stage, through its gate; the gate's STATUS_ACTIVE criterion is this row's status rule. */
    ADVANCE(           EnumSet.of(ACTIVE),          NEXT,    ACTIVE,  OPTIONAL,  FORBIDDEN, OPTIONAL, FORBIDDEN, false,     false),
    /** Back to any earlier stage, with a trigger and a reason: the answer to a re-scoping recommendation. */
    REVERT(            EnumSet.of(ACTIVE),          EARLIER, ACTIVE,  REQUIRED,  REQUIRED,  REQUIRED, FORBIDDEN, true,      false),
    /** ACTIVE to ON_HOLD, in the same stage. */
    HOLD(              EnumSet.of(ACTIVE),          SAME,    ON_HOLD, FORBIDDEN, FORBIDDEN, OPTIONAL, FORBIDDEN, false,     false),
    /** ON_HOLD to ACTIVE, in the same stage. */
    RESUME(            EnumSet.of(ON_HOLD),         SAME,    ACTIVE,  FORBIDDEN, FORBIDDEN, OPTIONAL, FORBIDDEN, false,     false),
    /** To CLOSED with an outcome, in the same stage; nothing changes a closed partnership any more. */
    CLOSE(             EnumSet.of(ACTIVE, ON_HOLD), SAME,    CLOSED,  FORBIDDEN, FORBIDDEN, OPTIONAL, REQUIRED,  false,     false),
    /** The leads answer a re-scoping recommendation without stepping back: stage and status stay, the reason is kept. */
    DISMISS_RESCOPING(EnumSet.of(ACTIVE, ON_HOLD), SAME,    null,    FORBIDDEN, FORBIDDEN, REQUIRED, FORBIDDEN, true,      true);

    /** Where an action takes the stage. */
    public enum Direction {
        /** To the next stage, through the gate out of the current one: not from the last stage. */
        NEXT(true),
        /** To the earlier stage named by {@code targetStage}: not from the first stage. */
        EARLIER(false),
        /** The stage stays. */
        SAME(false);

        /**
         * The move passes the gate out of the stage first; the gate's STATUS_ACTIVE criterion then says whether the
         * status allows it, beside the other criteria (so a refused ADVANCE lists every reason at once).
         */
        public final boolean throughGate;

        Direction(boolean throughGate) {
            this.throughGate = throughGate;
        }
    }

    /** Whether an action takes a request field. */
    public enum Need {
        REQUIRED, OPTIONAL, FORBIDDEN
    }

    /** The request fields besides {@code action}, in the order their violations are listed. */
    public enum Field {
        TARGET_STAGE("targetStage"), TRIGGER("trigger"), REASON("reason"), OUTCOME("outcome");

        public final String json;

        Field(String json) {
            this.json = json;
        }

        /** What a transition of {@code action} must do about this field: its column of the table. */
        public Need needFor(TransitionAction action) {
            return switch (this) {
                case TARGET_STAGE -> action.targetStage;
                case TRIGGER -> action.trigger;
                case REASON -> action.reason;
                case OUTCOME -> action.outcome;
            };
        }

        private Object of(Transition t) {
            return switch (this) {
                case TARGET_STAGE -> t.targetStage();
                case TRIGGER -> t.trigger();
                case REASON -> t.reason();
                case OUTCOME -> t.outcome();
            };
        }

        /** The values a required field takes, when the message names them: {@code ": COMPLETED or DISCONTINUED"}. */
        private String hint() {
            return this == OUTCOME
                    ? ": " + Arrays.stream(Outcome.values()).map(Enum::name).collect(Collectors.joining(" or ")) : "";
        }

        private Optional<Problem.Violation> violation(Transition t) {
            Need n = needFor(t.action());
            boolean present = of(t) != null;
            if (n == REQUIRED && !present) {
                return Optional.of(new Problem.Violation(json, "is required for " + t.action() + hint()));
            }
            if (n == FORBIDDEN && present) {
                return Optional.of(new Problem.Violation(json, "is allowed for " + Arrays.stream(TransitionAction.values())
                        .filter(a -> needFor(a) != FORBIDDEN).map(Enum::name).collect(Collectors.joining(" and "))
                        + " only"));
            }
            return Optional.empty();
        }
    }

    public final Set<Status> from;
    public final Direction direction;
    public final Status statusAfter;
    public final Need targetStage;
    public final Need trigger;
    public final Need reason;
    public final Need outcome;
    public final boolean clearsRescoping;
    /** Refused (409 invalid-transition) unless re-scoping is recommended. */
    public final boolean needsRescoping;

    TransitionAction(Set<Status> from, Direction direction, Status statusAfter, Need targetStage, Need trigger,
            Need reason, Need outcome, boolean clearsRescoping, boolean needsRescoping) {
        this.from = from;
        this.direction = direction;
        this.statusAfter = statusAfter;
        this.targetStage = targetStage;
        this.trigger = trigger;
        this.reason = reason;
        this.outcome = outcome;
        this.clearsRescoping = clearsRescoping;
        this.needsRescoping = needsRescoping;
    }

    /** Who may ask for it: the row of the same name in the rights table. */
    public PartnershipAction right() {
        return PartnershipAction.valueOf(name());
    }

    /** The status after this action from {@code current}: the row's, or the same when the row leaves it. */
    public Status statusAfter(Status current) {
        return statusAfter == null ? current : statusAfter;
    }

    /** Whether this action may start from {@code status}. */
    public boolean allowsStatus(Status status) {
        return from.contains(status);
    }

    /** The statuses this action starts from, as the messages say them: {@code ACTIVE or ON_HOLD}. */
    public String fromText() {
        return from.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    /** The history entry this action writes (stored as the same name). */
    public HistoryAction recordedAs() {
        return HistoryAction.valueOf(name());
    }

    /** 400 listing every field of {@code t} at fault (required and missing, or given and refused). */
    static void requireFields(Transition t) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (Field f : Field.values()) {
            f.violation(t).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /**
     * Checks {@code t} against {@code p}'s state: 409 partnership-closed when it is closed, else 409
     * invalid-transition when this action does not start from its status (unless its gate says so) or leads to no
     * stage from its stage.
     *
     * @return the move, to apply once its gate (ADVANCE) is passed
     */
    Move check(Partnership p, Transition t) {
        p.requireOpen();
        if (!direction.throughGate && !allowsStatus(p.status)) {
            throw PartnershipProblem.INVALID_TRANSITION.exception(this + " needs status " + fromText() + "; partnership "
                    + p.id + " is " + p.status);
        }
        if (needsRescoping && !p.rescopingRecommended) {
            throw PartnershipProblem.INVALID_TRANSITION.exception(this + " answers a re-scoping recommendation; "
                    + "partnership " + p.id + " has none");
        }
        Stage to = target(p, t.targetStage());
        return new Move(p.id, p.version, t, p.stage, to, direction.throughGate ? Gate.leaving(p.stage) : Optional.empty());
    }

    private Stage target(Partnership p, Stage requested) {
        return switch (direction) {
            case NEXT -> {
                Stage next = p.stage.next().orElseThrow(() -> PartnershipProblem.INVALID_TRANSITION.exception("Partnership "
                        + p.id + " is in " + p.stage + ", the last stage; there is nothing to advance to"));
                if (requested != null && requested != next) {
                    throw PartnershipProblem.INVALID_TRANSITION.exception(this + " goes to the next stage only: from "
                            + p.stage + " that is " + next + ", not " + requested + " (use " + REVERT + " to go back)");
                }
                yield next;
            }
            case EARLIER -> {
                if (!requested.isBefore(p.stage)) {
                    throw PartnershipProblem.INVALID_TRANSITION.exception(this + " goes back to an earlier stage; "
                            + "partnership " + p.id + " is in " + p.stage + " and " + requested + " is not before it");
                }
                yield requested;
            }
            case SAME -> p.stage;
        };
    }
}
