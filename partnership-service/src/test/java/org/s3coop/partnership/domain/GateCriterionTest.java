package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.partnership.domain.Fixtures.inputs;
import static org.s3coop.partnership.domain.Fixtures.partnership;
import static org.s3coop.partnership.domain.Fixtures.region;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each gate criterion, met and unmet, with the message a portal shows. */
class GateCriterionTest {
    private static final KnownRegion ES51 = region("ES51", true, true);
    private static final KnownRegion DE21 = region("DE21", true, true);

    private static CriterionResult check(GateCriterion criterion, GateInputs in) {
        CriterionResult result = criterion.check(in);
        assertThat(result.code()).isEqualTo(criterion.name());
        return result;
    }

    private static void met(GateCriterion criterion, GateInputs in, String message) {
        assertThat(check(criterion, in)).extracting(CriterionResult::met, CriterionResult::message)
                .containsExactly(true, message);
    }

    private static void unmet(GateCriterion criterion, GateInputs in, String message) {
        assertThat(check(criterion, in)).extracting(CriterionResult::met, CriterionResult::message)
                .containsExactly(false, message);
    }

    private static Partnership active() {
        return partnership(Stage.SCOPING, Status.ACTIVE);
    }

    @Test
    void statusActive() {
        met(GateCriterion.STATUS_ACTIVE, inputs(active(), 0), "the partnership is ACTIVE");
        unmet(GateCriterion.STATUS_ACTIVE, inputs(partnership(Stage.PILOT, Status.ON_HOLD), 0),
                "the partnership is ON_HOLD; it must be ACTIVE to advance");
        unmet(GateCriterion.STATUS_ACTIVE, inputs(partnership(Stage.PILOT, Status.CLOSED), 0),
                "the partnership is CLOSED; it must be ACTIVE to advance");
    }

    @Test
    void minTwoRegionsCountsKnownActiveMembersOnly() {
        met(GateCriterion.MIN_TWO_REGIONS, inputs(active(), 0, ES51, DE21),
                "2 active member region(s) known [ES51, DE21]; at least 2 are needed");
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "FR10");
        unmet(GateCriterion.MIN_TWO_REGIONS, inputs(p, 0, ES51, region("DE21", false, true)),
                "1 active member region(s) known [ES51]; unknown or retired: [DE21, FR10]; at least 2 are needed");
    }

    @Test
    void twoCountries() {
        met(GateCriterion.TWO_COUNTRIES, inputs(active(), 0, ES51, DE21),
                "active members come from 2 country(ies) [DE, ES]; at least 2 are needed");
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "ES52", "DE21");
        unmet(GateCriterion.TWO_COUNTRIES, inputs(p, 0, ES51, region("ES52", true, true), region("DE21", false, true)),
                "active members come from 1 country(ies) [ES]; at least 2 are needed");
    }

    @Test
    void scopingNoteNeedsAnObjectiveAndADraftActionPlan() {
        Partnership p = active();
        unmet(GateCriterion.SCOPING_NOTE, inputs(p, 0), "no scoping note recorded yet");
        p.recordScopingNote(new ScopingNote("replace fossil packaging", " "));
        unmet(GateCriterion.SCOPING_NOTE, inputs(p, 0), "the scoping note lacks the draft action plan");
        p.recordScopingNote(new ScopingNote(null, "1. map 2. pilot"));
        unmet(GateCriterion.SCOPING_NOTE, inputs(p, 0), "the scoping note lacks the objective");
        p.recordScopingNote(new ScopingNote("replace fossil packaging", "1. map 2. pilot"));
        met(GateCriterion.SCOPING_NOTE, inputs(p, 0), "the scoping note has an objective and a draft action plan");
    }

    @Test
    void sharedPriorityNeedsEveryMemberToListIt() {
        met(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, ES51, DE21), "every member region lists ECONOMIC_DOMAIN C22");
        unmet(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, ES51, region("DE21", true, false)),
                "member region(s) [DE21] do not list ECONOMIC_DOMAIN C22");
        unmet(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, DE21),
                "member region(s) [ES51] do not list ECONOMIC_DOMAIN C22");
    }

    @Test
    void complementarityMapNeedsARoleAndAContributionForEveryMember() {
        Partnership p = partnership(Stage.MAPPING, Status.ACTIVE);
        unmet(GateCriterion.COMPLEMENTARITY_MAP, inputs(p, 0),
                "the complementarity map lacks a role and contribution for [ES51, DE21]");
        p.recordComplementarityMap(new ComplementarityMap(List.of(
                new ComplementarityMap.Entry("ES51", "pilot site", "trays", null),
                new ComplementarityMap.Entry("DE21", "research", " ", null))));
        unmet(GateCriterion.COMPLEMENTARITY_MAP, inputs(p, 0), "the complementarity map lacks a role and contribution for [DE21]");
        p.recordComplementarityMap(new ComplementarityMap(List.of(
                new ComplementarityMap.Entry("ES51", "pilot site", "trays", null),
                new ComplementarityMap.Entry("DE21", "research", "polymers", "conversion"))));
        met(GateCriterion.COMPLEMENTARITY_MAP, inputs(p, 0),
                "every member has a role and a contribution in the complementarity map");
    }

    @Test
    void helixDiversityNeedsTwoStakeholderTypes() {
        Partnership p = partnership(Stage.MAPPING, Status.ACTIVE);
        unmet(GateCriterion.HELIX_DIVERSITY, inputs(p, 0), "participants are of 0 stakeholder type(s) []; at least 2 are needed");
        p.addParticipant("University of Seville", StakeholderType.UNIVERSITY, "ES51");
        p.addParticipant("TU Munich", StakeholderType.UNIVERSITY, "DE21");
        unmet(GateCriterion.HELIX_DIVERSITY, inputs(p, 0),
                "participants are of 1 stakeholder type(s) [UNIVERSITY]; at least 2 are needed");
        p.addParticipant("Packaging Cluster", StakeholderType.CLUSTER, "DE21");
        met(GateCriterion.HELIX_DIVERSITY, inputs(p, 0),
                "participants are of 2 stakeholder type(s) [UNIVERSITY, CLUSTER]; at least 2 are needed");
    }

    @Test
    void pilotReportNeedsADemonstratorWithAResult() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        unmet(GateCriterion.PILOT_REPORT, inputs(p, 0), "no pilot report recorded yet");
        p.recordPilotReport(new PilotReport(List.of(new PilotReport.Demonstrator("tray line", null))));
        unmet(GateCriterion.PILOT_REPORT, inputs(p, 0), "0 demonstrator(s) with a result; at least 1 is needed");
        p.recordPilotReport(new PilotReport(List.of(new PilotReport.Demonstrator("tray line", "30% lower footprint"))));
        met(GateCriterion.PILOT_REPORT, inputs(p, 0), "1 demonstrator(s) with a result; at least 1 is needed");
    }

    @Test
    void committedFundingNeedsACommittedSource() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        unmet(GateCriterion.COMMITTED_FUNDING, inputs(p, 0), "no funding plan recorded yet");
        p.recordFundingPlan(new FundingPlan(List.of(new FundingPlan.Source("ERDF", FundingKind.REGIONAL,
                new BigDecimal("100000"), false))));
        unmet(GateCriterion.COMMITTED_FUNDING, inputs(p, 0), "0 committed funding source(s); at least 1 is needed");
        p.recordFundingPlan(new FundingPlan(List.of(new FundingPlan.Source("I3", FundingKind.EU,
                new BigDecimal("2500000"), true))));
        met(GateCriterion.COMMITTED_FUNDING, inputs(p, 0), "1 committed funding source(s); at least 1 is needed");
    }

    @Test
    void noBlockingChallenge() {
        met(GateCriterion.NO_BLOCKING_CHALLENGE, inputs(active(), 0), "no open BLOCKING challenge on this partnership");
        unmet(GateCriterion.NO_BLOCKING_CHALLENGE, inputs(active(), 2), "2 open BLOCKING challenge(s) on this partnership");
    }
}
