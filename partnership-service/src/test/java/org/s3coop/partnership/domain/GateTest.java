package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.s3coop.partnership.domain.Fixtures.inputs;
import static org.s3coop.partnership.domain.Fixtures.partnership;
import static org.s3coop.partnership.domain.Fixtures.region;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.s3coop.platform.problem.ProblemException;

/** The gates: one out of every stage ADVANCE starts from, their criteria in order, met or not. */
class GateTest {

    @Test
    void aGateLeavesEveryStageButTheLast() {
        assertThat(Gate.leaving(Stage.SCOPING)).contains(Gate.SCOPING_TO_MAPPING);
        assertThat(Gate.leaving(Stage.MAPPING)).contains(Gate.MAPPING_TO_PILOT);
        assertThat(Gate.leaving(Stage.PILOT)).contains(Gate.PILOT_TO_SCALE_UP);
        assertThat(Gate.leaving(Stage.SCALE_UP)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void eachGateLeadsToTheNextStageAndFirstAsksForAnActivePartnership(Gate gate) {
        assertThat(Optional.of(gate.to)).isEqualTo(gate.from.next());
        assertThat(gate.criteria.get(0)).isEqualTo(GateCriterion.STATUS_ACTIVE);
    }

    @Test
    void eachGateHasItsCriteriaInOrder() {
        assertThat(Gate.SCOPING_TO_MAPPING.criteria).containsExactly(GateCriterion.STATUS_ACTIVE,
                GateCriterion.MIN_TWO_REGIONS, GateCriterion.TWO_COUNTRIES, GateCriterion.SCOPING_NOTE,
                GateCriterion.SHARED_PRIORITY);
        assertThat(Gate.MAPPING_TO_PILOT.criteria).containsExactly(GateCriterion.STATUS_ACTIVE,
                GateCriterion.COMPLEMENTARITY_MAP, GateCriterion.HELIX_DIVERSITY);
        assertThat(Gate.PILOT_TO_SCALE_UP.criteria).containsExactly(GateCriterion.STATUS_ACTIVE,
                GateCriterion.PILOT_REPORT, GateCriterion.COMMITTED_FUNDING, GateCriterion.NO_BLOCKING_CHALLENGE);
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
        GateInputs in = inputs(p, 1);
        assertThat(Gate.PILOT_TO_SCALE_UP.evaluate(in)).extracting(CriterionResult::code)
                .containsExactly("STATUS_ACTIVE", "PILOT_REPORT", "COMMITTED_FUNDING", "NO_BLOCKING_CHALLENGE");
        assertThatThrownBy(() -> Gate.PILOT_TO_SCALE_UP.requirePassed(in)).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.problem().type()).isEqualTo("https://s3coop.org/problems/gate-criteria-unmet");
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().detail()).isEqualTo("Partnership " + p.id + " cannot advance from PILOT to "
                            + "SCALE_UP: 4 criterion(s) unmet (STATUS_ACTIVE, PILOT_REPORT, COMMITTED_FUNDING, "
                            + "NO_BLOCKING_CHALLENGE)");
                    assertThat(e.problem().extensions().get("unmetCriteria")).isEqualTo(List.of(
                            new UnmetCriterion("STATUS_ACTIVE", "the partnership is ON_HOLD; it must be ACTIVE to advance"),
                            new UnmetCriterion("PILOT_REPORT", "no pilot report recorded yet"),
                            new UnmetCriterion("COMMITTED_FUNDING", "no funding plan recorded yet"),
                            new UnmetCriterion("NO_BLOCKING_CHALLENGE", "1 open BLOCKING challenge(s) on this partnership")));
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
}
