package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.s3coop.partnership.domain.Fixtures.S3;
import static org.s3coop.partnership.domain.Fixtures.inputs;
import static org.s3coop.partnership.domain.Fixtures.partnership;
import static org.s3coop.partnership.domain.Fixtures.region;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.s3coop.platform.problem.ProblemException;

/** The gates: one out of every stage ADVANCE starts from, their criteria in order, met or not; regressions of passed gates. */
class GateTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00Z");

    @Test
    void aGateLeavesEveryStageButTheLast() {
        assertThat(Gate.leaving(Stage.SCOPING)).contains(Gate.SCOPING_TO_MAPPING);
        assertThat(Gate.leaving(Stage.MAPPING)).contains(Gate.MAPPING_TO_PILOT);
        assertThat(Gate.leaving(Stage.PILOT)).contains(Gate.PILOT_TO_SCALE_UP);
        assertThat(Gate.leaving(Stage.SCALE_UP)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void eachGateLeadsToTheNextStageFirstAsksForAnActivePartnershipAndEndsWithNoBlockingChallenge(Gate gate) {
        assertThat(Optional.of(gate.to)).isEqualTo(gate.from.next());
        assertThat(gate.criteria.get(0)).isEqualTo(GateCriterion.STATUS_ACTIVE);
        assertThat(gate.criteria.get(gate.criteria.size() - 1)).isEqualTo(GateCriterion.NO_BLOCKING_CHALLENGE);
    }

    @Test
    void eachGateHasItsCriteriaInOrder() {
        assertThat(Gate.SCOPING_TO_MAPPING.criteria).extracting(Enum::name).containsExactly("STATUS_ACTIVE",
                "MIN_REGIONS", "MIN_COUNTRIES", "MIN_LEADS", "SCOPING_NOTE", "SHARED_PRIORITY", "COMMITMENT_LETTERS",
                "NO_BLOCKING_CHALLENGE");
        assertThat(Gate.MAPPING_TO_PILOT.criteria).extracting(Enum::name).containsExactly("STATUS_ACTIVE",
                "COMPLEMENTARITY_MAP", "HELIX_DIVERSITY", "NO_BLOCKING_CHALLENGE");
        assertThat(Gate.PILOT_TO_SCALE_UP.criteria).extracting(Enum::name).containsExactly("STATUS_ACTIVE",
                "PILOT_REPORT", "COMMITTED_FUNDING", "INVESTMENT_PROJECT", "NO_BLOCKING_CHALLENGE");
    }

    @Test
    void theGatesPassedAreThoseBeforeTheStage() {
        assertThat(Gate.passedBy(Stage.SCOPING)).isEmpty();
        assertThat(Gate.passedBy(Stage.MAPPING)).containsExactly(Gate.SCOPING_TO_MAPPING);
        assertThat(Gate.passedBy(Stage.SCALE_UP)).containsExactly(Gate.values());
    }

    @Test
    void aGateWithEveryCriterionMetLetsThePartnershipPass() {
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE);
        p.recordScopingNote(new ScopingNote("objective", "plan"));
        GateInputs in = inputs(p, 0, region("ES51", true, true), region("DE21", true, true));
        assertThat(Gate.SCOPING_TO_MAPPING.evaluate(in)).extracting(CriterionResult::met).containsOnly(true);
        Gate.SCOPING_TO_MAPPING.requirePassed(in);
    }

    @Test
    void aRefusedGateListsEveryUnmetCriterionInOrder() {
        Partnership p = partnership(Stage.PILOT, Status.ON_HOLD);
        GateInputs in = inputs(p, S3, 1, 0);
        assertThat(Gate.PILOT_TO_SCALE_UP.evaluate(in)).extracting(CriterionResult::code).containsExactly("STATUS_ACTIVE",
                "PILOT_REPORT", "COMMITTED_FUNDING", "INVESTMENT_PROJECT", "NO_BLOCKING_CHALLENGE");
        assertThatThrownBy(() -> Gate.PILOT_TO_SCALE_UP.requirePassed(in)).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.problem().type()).isEqualTo("https://s3coop.org/problems/gate-criteria-unmet");
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().detail()).isEqualTo("Partnership " + p.id + " cannot advance from PILOT to "
                            + "SCALE_UP: 5 criterion(s) unmet (STATUS_ACTIVE, PILOT_REPORT, COMMITTED_FUNDING, "
                            + "INVESTMENT_PROJECT, NO_BLOCKING_CHALLENGE)");
                    assertThat(e.problem().extensions().get("unmetCriteria")).isEqualTo(List.of(
                            new UnmetCriterion("STATUS_ACTIVE", "the partnership is ON_HOLD; it must be ACTIVE to advance"),
                            new UnmetCriterion("PILOT_REPORT", "no pilot report recorded yet"),
                            new UnmetCriterion("COMMITTED_FUNDING", "no funding plan recorded yet"),
                            new UnmetCriterion("INVESTMENT_PROJECT", "0 investment project(s) FUNDED or RUNNING; programme "
                                    + "S3_THEMATIC_PARTNERSHIP needs at least 1 before SCALE_UP"),
                            new UnmetCriterion("NO_BLOCKING_CHALLENGE",
                                    "1 open BLOCKING challenge(s) on this partnership or its active member regions")));
                });
    }

    @Test
    void readinessIsReadyOnlyWithAGateWhoseCriteriaAreAllMet() {
        Partnership p = partnership(Stage.SCALE_UP, Status.ACTIVE);
        assertThat(new Readiness(p, Optional.empty(), List.of()).ready()).isFalse();
        CriterionResult met = new CriterionResult("STATUS_ACTIVE", true, "the partnership is ACTIVE");
        CriterionResult unmet = new CriterionResult("PILOT_REPORT", false, "no pilot report recorded yet");
        assertThat(new Readiness(p, Optional.of(Gate.PILOT_TO_SCALE_UP), List.of(met)).ready()).isTrue();
        assertThat(new Readiness(p, Optional.of(Gate.PILOT_TO_SCALE_UP), List.of(met, unmet)).ready()).isFalse();
    }

    // ---- gates that stay true ----

    @Test
    void nothingRegressesBeforeAGateIsPassed() {
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE);
        assertThat(Gate.regressions(inputs(p, 3), List.of(), NOW)).isEmpty();
    }

    @Test
    void theCriteriaOfPassedGatesThatNoLongerHoldAreRegressionsOncePerCodeButNotTheStatus() {
        Partnership p = partnership(Stage.PILOT, Status.ON_HOLD);
        p.recordScopingNote(new ScopingNote("objective", "plan"));
        GateInputs in = inputs(p, 1, region("ES51", true, true));
        List<Regression> found = Gate.regressions(in, List.of(), NOW);
        assertThat(found).extracting(Regression::gate, Regression::code).containsExactly(
                tuple(Gate.SCOPING_TO_MAPPING, "MIN_REGIONS"),
                tuple(Gate.SCOPING_TO_MAPPING, "MIN_COUNTRIES"),
                tuple(Gate.SCOPING_TO_MAPPING, "SHARED_PRIORITY"),
                tuple(Gate.SCOPING_TO_MAPPING, "NO_BLOCKING_CHALLENGE"),
                tuple(Gate.MAPPING_TO_PILOT, "COMPLEMENTARITY_MAP"),
                tuple(Gate.MAPPING_TO_PILOT, "HELIX_DIVERSITY"));
        assertThat(found).extracting(Regression::since).containsOnly(NOW);
        assertThat(found.get(0).message()).isEqualTo(
                "1 active member region(s) known [ES51]; unknown or retired: [DE21]; at least 2 are needed");
        // one already recorded keeps its date
        Regression earlier = new Regression(Gate.SCOPING_TO_MAPPING, "MIN_REGIONS", NOW.minusDays(3), "earlier");
        assertThat(Gate.regressions(in, List.of(earlier), NOW).get(0)).isEqualTo(earlier);
    }

    @Test
    void aPartnershipKeepsItsRegressionsUntilTheyHoldAgainAndARevertDropsThoseOfGatesNoLongerPassed() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        Regression lost = new Regression(Gate.SCOPING_TO_MAPPING, "MIN_REGIONS", NOW, "lost a region");
        Regression map = new Regression(Gate.MAPPING_TO_PILOT, "COMPLEMENTARITY_MAP", NOW, "no map");
        Partnership.RegressionChange change = p.compareRegressions(List.of(lost, map));
        assertThat(change.regressed()).containsExactly(lost, map);
        assertThat(change.restored()).isEmpty();
        long version = p.version;
        p.regress(change.regressed());
        assertThat(p.regressions).containsExactly(lost, map);
        assertThat(p.rescopingRecommended).isTrue();
        assertThat(p.rescopingReasons).extracting(RescopingReason::cause).containsExactly(RescopingCause.GATE_REGRESSED);
        assertThat(p.rescopingReason).isEqualTo("MIN_REGIONS of SCOPING_TO_MAPPING no longer holds: lost a region; "
                + "COMPLEMENTARITY_MAP of MAPPING_TO_PILOT no longer holds: no map");
        assertThat(p.version).isEqualTo(version + 1);

        Partnership.RegressionChange back = p.compareRegressions(List.of(map));
        assertThat(back.regressed()).isEmpty();
        assertThat(back.restored()).containsExactly(lost);
        p.restore(back.restored());
        assertThat(p.regressions).containsExactly(map);

        p.apply(p.check(new Transition(TransitionAction.REVERT, Stage.MAPPING, RevertTrigger.OTHER, "again", null)), "ed");
        assertThat(p.regressions).as("MAPPING_TO_PILOT is no longer passed").isEmpty();
        assertThat(p.rescopingRecommended).isFalse();
        assertThat(p.rescopingReasons).isEmpty();
    }
}
