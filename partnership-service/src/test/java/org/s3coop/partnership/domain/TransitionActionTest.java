package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.s3coop.partnership.domain.Fixtures.partnership;
import static org.s3coop.partnership.domain.Fixtures.violations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.s3coop.platform.problem.ProblemException;

/**
 * The state machine's table ({@link TransitionAction}): every action from every status and stage, allowed (where
 * to) or refused (with which problem); the fields each action requires or refuses; who may ask; and the table of
 * docs/partnership-service.md, which must say the same.
 */
class TransitionActionTest {
    private static final String TYPES = "https://s3coop.org/problems/";

    private static Transition ask(TransitionAction action, Stage targetStage) {
        return new Transition(action, targetStage, action == TransitionAction.REVERT ? RevertTrigger.OTHER : null,
                action.reason == TransitionAction.Need.REQUIRED ? "a reason" : null,
                action == TransitionAction.CLOSE ? Outcome.DISCONTINUED : null);
    }

    /** {@code stage/status} after the move, or the problem type it is refused with. */
    private static String outcome(TransitionAction action, Status status, Stage stage, Stage target) {
        Partnership p = partnership(stage, status);
        Move move;
        try {
            move = p.check(ask(action, target));
        } catch (ProblemException e) {
            return e.problem().type().substring(TYPES.length());
        }
        assertThat(move.gate()).as("only ADVANCE passes a gate").isEqualTo(action == TransitionAction.ADVANCE
                ? Gate.leaving(stage) : Optional.empty());
        if (move.gate().isPresent() && !GateCriterion.STATUS_ACTIVE.check(Fixtures.inputs(p, 0)).met()) {
            return "gate-criteria-unmet";
        }
        p.apply(move, "tester");
        return p.stage + "/" + p.status;
    }

    @ParameterizedTest(name = "{0} from {1} in {2}: {3}")
    @CsvSource({
            // ADVANCE: to the next stage; from ON_HOLD the gate refuses it (STATUS_ACTIVE, with any other unmet)
            "ADVANCE, ACTIVE,  SCOPING,  MAPPING/ACTIVE",
            "ADVANCE, ACTIVE,  MAPPING,  PILOT/ACTIVE",
            "ADVANCE, ACTIVE,  PILOT,    SCALE_UP/ACTIVE",
            "ADVANCE, ACTIVE,  SCALE_UP, invalid-transition",
            "ADVANCE, ON_HOLD, SCOPING,  gate-criteria-unmet",
            "ADVANCE, ON_HOLD, MAPPING,  gate-criteria-unmet",
            "ADVANCE, ON_HOLD, PILOT,    gate-criteria-unmet",
            "ADVANCE, ON_HOLD, SCALE_UP, invalid-transition",
            "ADVANCE, CLOSED,  SCOPING,  partnership-closed",
            "ADVANCE, CLOSED,  MAPPING,  partnership-closed",
            "ADVANCE, CLOSED,  PILOT,    partnership-closed",
            "ADVANCE, CLOSED,  SCALE_UP, partnership-closed",
            // REVERT to SCOPING: from any later stage, ACTIVE only
            "REVERT,  ACTIVE,  SCOPING,  invalid-transition",
            "REVERT,  ACTIVE,  MAPPING,  SCOPING/ACTIVE",
            "REVERT,  ACTIVE,  PILOT,    SCOPING/ACTIVE",
            "REVERT,  ACTIVE,  SCALE_UP, SCOPING/ACTIVE",
            "REVERT,  ON_HOLD, SCOPING,  invalid-transition",
            "REVERT,  ON_HOLD, MAPPING,  invalid-transition",
            "REVERT,  ON_HOLD, PILOT,    invalid-transition",
            "REVERT,  ON_HOLD, SCALE_UP, invalid-transition",
            "REVERT,  CLOSED,  SCOPING,  partnership-closed",
            "REVERT,  CLOSED,  MAPPING,  partnership-closed",
            "REVERT,  CLOSED,  PILOT,    partnership-closed",
            "REVERT,  CLOSED,  SCALE_UP, partnership-closed",
            // HOLD: ACTIVE → ON_HOLD, same stage
            "HOLD,    ACTIVE,  SCOPING,  SCOPING/ON_HOLD",
            "HOLD,    ACTIVE,  MAPPING,  MAPPING/ON_HOLD",
            "HOLD,    ACTIVE,  PILOT,    PILOT/ON_HOLD",
            "HOLD,    ACTIVE,  SCALE_UP, SCALE_UP/ON_HOLD",
            "HOLD,    ON_HOLD, SCOPING,  invalid-transition",
            "HOLD,    ON_HOLD, MAPPING,  invalid-transition",
            "HOLD,    ON_HOLD, PILOT,    invalid-transition",
            "HOLD,    ON_HOLD, SCALE_UP, invalid-transition",
            "HOLD,    CLOSED,  SCOPING,  partnership-closed",
            "HOLD,    CLOSED,  MAPPING,  partnership-closed",
            "HOLD,    CLOSED,  PILOT,    partnership-closed",
            "HOLD,    CLOSED,  SCALE_UP, partnership-closed",
            // RESUME: ON_HOLD → ACTIVE, same stage
            "RESUME,  ACTIVE,  SCOPING,  invalid-transition",
            "RESUME,  ACTIVE,  MAPPING,  invalid-transition",
            "RESUME,  ACTIVE,  PILOT,    invalid-transition",
            "RESUME,  ACTIVE,  SCALE_UP, invalid-transition",
            "RESUME,  ON_HOLD, SCOPING,  SCOPING/ACTIVE",
            "RESUME,  ON_HOLD, MAPPING,  MAPPING/ACTIVE",
            "RESUME,  ON_HOLD, PILOT,    PILOT/ACTIVE",
            "RESUME,  ON_HOLD, SCALE_UP, SCALE_UP/ACTIVE",
            "RESUME,  CLOSED,  SCOPING,  partnership-closed",
            "RESUME,  CLOSED,  MAPPING,  partnership-closed",
            "RESUME,  CLOSED,  PILOT,    partnership-closed",
            "RESUME,  CLOSED,  SCALE_UP, partnership-closed",
            // CLOSE: from ACTIVE or ON_HOLD, same stage
            "CLOSE,   ACTIVE,  SCOPING,  SCOPING/CLOSED",
            "CLOSE,   ACTIVE,  MAPPING,  MAPPING/CLOSED",
            "CLOSE,   ACTIVE,  PILOT,    PILOT/CLOSED",
            "CLOSE,   ACTIVE,  SCALE_UP, SCALE_UP/CLOSED",
            "CLOSE,   ON_HOLD, SCOPING,  SCOPING/CLOSED",
            "CLOSE,   ON_HOLD, MAPPING,  MAPPING/CLOSED",
            "CLOSE,   ON_HOLD, PILOT,    PILOT/CLOSED",
            "CLOSE,   ON_HOLD, SCALE_UP, SCALE_UP/CLOSED",
            "CLOSE,   CLOSED,  SCOPING,  partnership-closed",
            "CLOSE,   CLOSED,  MAPPING,  partnership-closed",
            "CLOSE,   CLOSED,  PILOT,    partnership-closed",
            "CLOSE,   CLOSED,  SCALE_UP, partnership-closed" })
    void everyActionFromEveryStatusAndStage(TransitionAction action, Status status, Stage stage, String expected) {
        Stage target = action == TransitionAction.REVERT ? Stage.SCOPING : null;
        assertThat(outcome(action, status, stage, target)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "REVERT from {0} to {1}: {2}")
    @CsvSource({
            "SCOPING,  SCOPING,  invalid-transition", "SCOPING,  MAPPING, invalid-transition",
            "SCOPING,  PILOT,    invalid-transition", "SCOPING,  SCALE_UP, invalid-transition",
            "MAPPING,  SCOPING,  SCOPING/ACTIVE",     "MAPPING,  MAPPING, invalid-transition",
            "MAPPING,  PILOT,    invalid-transition", "MAPPING,  SCALE_UP, invalid-transition",
            "PILOT,    SCOPING,  SCOPING/ACTIVE",     "PILOT,    MAPPING, MAPPING/ACTIVE",
            "PILOT,    PILOT,    invalid-transition", "PILOT,    SCALE_UP, invalid-transition",
            "SCALE_UP, SCOPING,  SCOPING/ACTIVE",     "SCALE_UP, MAPPING, MAPPING/ACTIVE",
            "SCALE_UP, PILOT,    PILOT/ACTIVE",       "SCALE_UP, SCALE_UP, invalid-transition" })
    void revertGoesToAnyEarlierStageOnly(Stage from, Stage target, String expected) {
        assertThat(outcome(TransitionAction.REVERT, Status.ACTIVE, from, target)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ADVANCE from {0} asking for {1}: {2}")
    @CsvSource({
            "SCOPING,  SCOPING,  invalid-transition", "SCOPING, MAPPING,  MAPPING/ACTIVE",
            "SCOPING,  PILOT,    invalid-transition", "MAPPING, SCOPING,  invalid-transition",
            "MAPPING,  PILOT,    PILOT/ACTIVE",       "MAPPING, SCALE_UP, invalid-transition",
            "PILOT,    SCALE_UP, SCALE_UP/ACTIVE",    "PILOT,   MAPPING,  invalid-transition",
            "SCALE_UP, SCALE_UP, invalid-transition" })
    void advanceGoesToTheNextStageOnly(Stage from, Stage target, String expected) {
        assertThat(outcome(TransitionAction.ADVANCE, Status.ACTIVE, from, target)).isEqualTo(expected);
    }

    @Test
    void refusalsSayWhyAsBefore() {
        Partnership p = partnership(Stage.SCALE_UP, Status.ACTIVE);
        assertThatThrownBy(() -> p.check(ask(TransitionAction.ADVANCE, null))).hasMessage("Partnership " + p.id
                + " is in SCALE_UP, the last stage; there is nothing to advance to");
        Partnership q = partnership(Stage.SCOPING, Status.ACTIVE);
        assertThatThrownBy(() -> q.check(ask(TransitionAction.ADVANCE, Stage.PILOT))).hasMessage("ADVANCE goes to the "
                + "next stage only: from SCOPING that is MAPPING, not PILOT (use REVERT to go back)");
        assertThatThrownBy(() -> q.check(ask(TransitionAction.REVERT, Stage.SCOPING))).hasMessage("REVERT goes back to "
                + "an earlier stage; partnership " + q.id + " is in SCOPING and SCOPING is not before it");
        assertThatThrownBy(() -> q.check(ask(TransitionAction.RESUME, null))).hasMessage("RESUME needs status ON_HOLD; "
                + "partnership " + q.id + " is ACTIVE");
        Partnership held = partnership(Stage.PILOT, Status.ON_HOLD);
        assertThatThrownBy(() -> held.check(ask(TransitionAction.REVERT, Stage.SCOPING))).hasMessage("REVERT needs "
                + "status ACTIVE; partnership " + held.id + " is ON_HOLD");
        Partnership closed = partnership(Stage.PILOT, Status.CLOSED);
        assertThatThrownBy(() -> closed.check(ask(TransitionAction.HOLD, null))).hasMessage("Partnership " + closed.id
                + " is closed (COMPLETED); it cannot change any more");
    }

    @Test
    void aMoveRecordsTheHistoryEntryAndTheStateAfterIt() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        p.recommendRescoping(RescopingCause.REGION_RETIRED, "member region DE21 was retired");
        long version = p.version;
        var entered = p.stageEnteredAt;

        StageTransition hold = p.apply(p.check(new Transition(TransitionAction.HOLD, null, null, "  summer  ", null)), "ed");
        assertThat(hold.action).isEqualTo(HistoryAction.HOLD);
        assertThat(hold.reason).isEqualTo("summer");
        assertThat(hold.fromStatus).isEqualTo(Status.ACTIVE);
        assertThat(hold.toStatus).isEqualTo(Status.ON_HOLD);
        assertThat(hold.version).isEqualTo(version + 1);
        assertThat(p.stageEnteredAt).as("same stage").isEqualTo(entered);
        assertThat(p.rescopingRecommended).as("only REVERT answers re-scoping").isTrue();

        p.apply(p.check(new Transition(TransitionAction.RESUME, null, null, null, null)), "ed");
        StageTransition revert = p.apply(p.check(new Transition(TransitionAction.REVERT, Stage.MAPPING,
                RevertTrigger.PRIORITIES_CHANGED, "narrower", null)), "ed");
        assertThat(revert.action).isEqualTo(HistoryAction.REVERT);
        assertThat(revert.fromStage).isEqualTo(Stage.PILOT);
        assertThat(revert.toStage).isEqualTo(Stage.MAPPING);
        assertThat(revert.trigger).isEqualTo(RevertTrigger.PRIORITIES_CHANGED);
        assertThat(p.stageEnteredAt).isEqualTo(p.updatedAt);
        assertThat(p.rescopingRecommended).isFalse();
        assertThat(p.rescopingReason).isNull();

        StageTransition close = p.apply(p.check(new Transition(TransitionAction.CLOSE, null, null, null,
                Outcome.COMPLETED)), "lead");
        assertThat(close.action).isEqualTo(HistoryAction.CLOSE);
        assertThat(close.outcome).isEqualTo(Outcome.COMPLETED);
        assertThat(p.outcome).isEqualTo(Outcome.COMPLETED);
        assertThat(p.version).isEqualTo(version + 4);
        assertThat(p.proposal("ed").action).isEqualTo(HistoryAction.PROPOSE);
    }

    @Test
    void aMoveAppliesOnlyToTheStateItWasCheckedOn() {
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE);
        Move move = p.check(ask(TransitionAction.HOLD, null));
        p.recordScopingNote(new ScopingNote("o", "p"));
        assertThatThrownBy(() -> p.apply(move, "ed")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> partnership(Stage.SCOPING, Status.ACTIVE).apply(move, "ed"))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- fields ----

    /** Every field given (what is refused), then none (what is required), per action. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ADVANCE | trigger: is allowed for REVERT only; outcome: is allowed for CLOSE only | ",
            "REVERT  | outcome: is allowed for CLOSE only | targetStage: is required for REVERT; trigger: is required "
                    + "for REVERT; reason: is required for REVERT",
            "HOLD    | targetStage: is allowed for ADVANCE and REVERT only; trigger: is allowed for REVERT only; outcome: "
                    + "is allowed for CLOSE only | ",
            "RESUME  | targetStage: is allowed for ADVANCE and REVERT only; trigger: is allowed for REVERT only; outcome: "
                    + "is allowed for CLOSE only | ",
            "CLOSE   | targetStage: is allowed for ADVANCE and REVERT only; trigger: is allowed for REVERT only | outcome: "
                    + "is required for CLOSE: COMPLETED or DISCONTINUED",
            "DISMISS_RESCOPING | targetStage: is allowed for ADVANCE and REVERT only; trigger: is allowed for REVERT only; "
                    + "outcome: is allowed for CLOSE only | reason: is required for DISMISS_RESCOPING" })
    void eachActionRequiresAndRefusesItsFields(TransitionAction action, String refused, String required) {
        assertThat(fieldProblems(() -> new Transition(action, Stage.SCOPING, RevertTrigger.OTHER, "r", Outcome.COMPLETED)))
                .isEqualTo(refused == null ? List.of() : List.of(refused.split("; ")));
        assertThat(fieldProblems(() -> new Transition(action, null, null, null, null)))
                .isEqualTo(required == null ? List.of() : List.of(required.split("; ")));
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertThat(fieldProblems(() -> new Transition(TransitionAction.REVERT, Stage.SCOPING, RevertTrigger.OTHER, "  ",
                null))).containsExactly("reason: is required for REVERT");
        assertThat(new Transition(TransitionAction.HOLD, null, null, " \t", null).reason()).isNull();
        assertThatThrownBy(() -> new Transition(TransitionAction.REVERT, null, null, null, null))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("targetStage: is required for REVERT");
    }

    private static List<String> fieldProblems(Runnable construct) {
        try {
            construct.run();
            return List.of();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return violations(e);
        }
    }

    // ---- who, history ----

    @ParameterizedTest
    @EnumSource(TransitionAction.class)
    void everyTransitionIsTheLeadsRight(TransitionAction action) {
        assertThat(action.right().name()).isEqualTo(action.name());
        assertThat(action.right().leads).as("the leads' editors run the partnership").isTrue();
        assertThat(action.right().region).isFalse();
        assertThat(action.recordedAs().name()).as("stored as the same string").isEqualTo(action.name());
    }

    @Test
    void theHistoryRecordsTheProposalAndEveryAction() {
        assertThat(HistoryAction.values()).extracting(Enum::name)
                .containsExactly("PROPOSE", "ADVANCE", "REVERT", "HOLD", "RESUME", "CLOSE", "DISMISS_RESCOPING");
    }

    @ParameterizedTest(name = "DISMISS_RESCOPING from {0} in {1}: {2}")
    @CsvSource({ "ACTIVE, SCOPING, SCOPING/ACTIVE", "ACTIVE, PILOT, PILOT/ACTIVE", "ON_HOLD, MAPPING, MAPPING/ON_HOLD",
            "CLOSED, PILOT, partnership-closed" })
    void dismissRescopingKeepsStageAndStatusAndClearsTheReasons(Status status, Stage stage, String expected) {
        Partnership p = partnership(stage, status);
        assertThat(outcome(TransitionAction.DISMISS_RESCOPING, status, stage, null))
                .as("nothing to dismiss").isEqualTo(status == Status.CLOSED ? expected : "invalid-transition");
        p.recommendRescoping(RescopingCause.PRIORITY_DROPPED, "DE21 dropped C22");
        p.recommendRescoping(RescopingCause.REGION_RETIRED, "DE21 was retired");
        Move move;
        try {
            move = p.check(ask(TransitionAction.DISMISS_RESCOPING, null));
        } catch (ProblemException e) {
            assertThat(e.problem().type()).isEqualTo(TYPES + expected);
            return;
        }
        StageTransition step = p.apply(move, "lead");
        assertThat(p.stage + "/" + p.status).isEqualTo(expected);
        assertThat(step.action).isEqualTo(HistoryAction.DISMISS_RESCOPING);
        assertThat(step.reason).isEqualTo("a reason");
        assertThat(p.rescopingRecommended).isFalse();
        assertThat(p.rescopingReasons).isEmpty();
        assertThat(p.rescopingReason).isNull();
    }

    // ---- the documented table ----

    @Test
    void docsPartnershipServiceShowsThisTable() throws IOException {
        String doc = Files.readString(doc());
        int begin = doc.indexOf("<!-- state-machine:begin -->");
        int end = doc.indexOf("<!-- state-machine:end -->");
        assertThat(begin).as("state-machine markers in docs/partnership-service.md").isNotNegative().isLessThan(end);
        List<String> rows = doc.substring(begin, end).lines().filter(l -> l.startsWith("| `")).toList();
        List<String> expected = new ArrayList<>();
        for (TransitionAction a : TransitionAction.values()) {
            expected.add("| `" + a + "` | " + a.fromText() + " | " + switch (a.direction) {
                case NEXT -> "the next one, through its gate";
                case EARLIER -> "`targetStage`, an earlier one";
                case SAME -> "the same";
            } + " | " + (a.statusAfter == null ? "the same" : a.statusAfter) + " | " + need(a.targetStage) + " | " + need(a.trigger) + " | " + need(a.reason)
                    + " | " + need(a.outcome) + " | " + (a.clearsRescoping ? "yes" : "no")
                    + (a.needsRescoping ? " (and needs one)" : "") + " |");
        }
        assertThat(rows).isEqualTo(expected);
    }

    private static String need(TransitionAction.Need need) {
        return need.name().toLowerCase();
    }

    private static Path doc() {
        return PartnershipActionTest.doc();
    }
}
