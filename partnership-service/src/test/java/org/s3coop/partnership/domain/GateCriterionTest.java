package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.partnership.domain.Fixtures.INTERREGIONAL;
import static org.s3coop.partnership.domain.Fixtures.S3;
import static org.s3coop.partnership.domain.Fixtures.TODAY;
import static org.s3coop.partnership.domain.Fixtures.inputs;
import static org.s3coop.partnership.domain.Fixtures.letter;
import static org.s3coop.partnership.domain.Fixtures.partnership;
import static org.s3coop.partnership.domain.Fixtures.region;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each gate criterion, met and unmet under both programmes (INTERREGIONAL_COOPERATION: today's rules;
 * S3_THEMATIC_PARTNERSHIP: the S3 Platform's), with the message a portal shows. Only ACTIVE members count.
 */
class GateCriterionTest {
    private static final KnownRegion ES51 = region("ES51", true, true);
    private static final KnownRegion DE21 = region("DE21", true, true);
    private static final KnownRegion ITC4 = region("ITC4", true, true);
    private static final KnownRegion CH01 = region("CH01", true, true);

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

    private static GateInputs s3(Partnership p, KnownRegion... regions) {
        return inputs(p, S3, 0, 0, regions);
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
    void minRegionsCountsActiveMembersWhoseRegionsAreKnownAndActive() {
        met(GateCriterion.MIN_REGIONS, inputs(active(), 0, ES51, DE21),
                "2 active member region(s) known [ES51, DE21]; at least 2 are needed");
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "FR10");
        unmet(GateCriterion.MIN_REGIONS, inputs(p, 0, ES51, region("DE21", false, true)),
                "1 active member region(s) known [ES51]; unknown or retired: [DE21, FR10]; at least 2 are needed");
        // S3: three
        unmet(GateCriterion.MIN_REGIONS, s3(active(), ES51, DE21),
                "2 active member region(s) known [ES51, DE21]; at least 3 are needed");
        met(GateCriterion.MIN_REGIONS, s3(partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "ITC4"), ES51, DE21,
                ITC4), "3 active member region(s) known [ES51, DE21, ITC4]; at least 3 are needed");
        // an invited region does not count until it accepts
        unmet(GateCriterion.MIN_REGIONS, s3(partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "?ITC4"), ES51,
                DE21, ITC4), "2 active member region(s) known [ES51, DE21]; at least 3 are needed");
    }

    @Test
    void minCountriesCountsLevelZeroCodesAndEuMemberStatesWhereTheProgrammeSays() {
        met(GateCriterion.MIN_COUNTRIES, inputs(active(), 0, ES51, DE21),
                "active members come from 2 country(ies) [DE, ES]; at least 2 are needed");
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "ES52", "DE21");
        unmet(GateCriterion.MIN_COUNTRIES, inputs(p, 0, ES51, region("ES52", true, true), region("DE21", false, true)),
                "active members come from 1 country(ies) [ES]; at least 2 are needed");
        // any NUTS country counts for INTERREGIONAL_COOPERATION, EU Member States only for S3
        Partnership withSwiss = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "CH01");
        met(GateCriterion.MIN_COUNTRIES, inputs(withSwiss, 0, ES51, DE21, CH01),
                "active members come from 3 country(ies) [CH, DE, ES]; at least 2 are needed");
        unmet(GateCriterion.MIN_COUNTRIES, s3(withSwiss, ES51, DE21, CH01),
                "active members come from 2 EU Member State(s) [DE, ES]; not EU Member States: [CH]; at least 3 are needed");
        met(GateCriterion.MIN_COUNTRIES, s3(partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "ITC4"), ES51,
                DE21, ITC4), "active members come from 3 EU Member State(s) [DE, ES, IT]; at least 3 are needed");
    }

    @Test
    void minLeadsCountsActiveLeadMembers() {
        met(GateCriterion.MIN_LEADS, inputs(active(), 0, ES51, DE21), "1 active lead region(s) [ES51]; at least 1 are needed");
        unmet(GateCriterion.MIN_LEADS, s3(active(), ES51, DE21), "1 active lead region(s) [ES51]; at least 2 are needed");
        met(GateCriterion.MIN_LEADS, s3(partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "*DE21"), ES51, DE21),
                "2 active lead region(s) [ES51, DE21]; at least 2 are needed");
        // an invited co-lead, or one whose region was retired, does not count
        Partnership invitedColead = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21");
        invitedColead.addMember(new Member("ITC4", MemberRole.LEAD, null, MemberStatus.INVITED));
        unmet(GateCriterion.MIN_LEADS, s3(invitedColead, ES51, DE21, ITC4), "1 active lead region(s) [ES51]; at least 2 are needed");
        unmet(GateCriterion.MIN_LEADS, s3(partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "*DE21"), ES51,
                region("DE21", false, true)), "1 active lead region(s) [ES51]; at least 2 are needed");
        unmet(GateCriterion.MIN_LEADS, inputs(active(), 0, DE21), "0 active lead region(s) []; at least 1 are needed");
    }

    @Test
    void scopingNoteNeedsAnObjectiveAndADraftActionPlan() {
        Partnership p = active();
        unmet(GateCriterion.SCOPING_NOTE, inputs(p, 0), "no scoping note recorded yet");
        p.recordScopingNote(new ScopingNote("replace fossil packaging", " "));
        unmet(GateCriterion.SCOPING_NOTE, inputs(p, 0), "the scoping note lacks the draft action plan");
        p.recordScopingNote(new ScopingNote(null, "1. map 2. pilot"));
        unmet(GateCriterion.SCOPING_NOTE, s3(p), "the scoping note lacks the objective");
        p.recordScopingNote(new ScopingNote("replace fossil packaging", "1. map 2. pilot"));
        met(GateCriterion.SCOPING_NOTE, s3(p), "the scoping note has an objective and a draft action plan");
    }

    @Test
    void sharedPriorityNeedsEveryActiveMemberToListItOrItsNaceSectionOrADivision() {
        met(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, ES51, DE21), "every active member region lists ECONOMIC_DOMAIN C22");
        String missing = " do not list ECONOMIC_DOMAIN C22 (nor, for a NACE code, its section or a division inside it)";
        unmet(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, ES51, region("DE21", true, false)),
                "member region(s) [DE21]" + missing);
        unmet(GateCriterion.SHARED_PRIORITY, s3(active(), DE21), "member region(s) [ES51]" + missing);
        // the section C meets a C22 partnership; another division of C does not
        met(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, ES51, region("DE21", true, "C")),
                "every active member region lists ECONOMIC_DOMAIN C22");
        unmet(GateCriterion.SHARED_PRIORITY, inputs(active(), 0, ES51, region("DE21", true, "C21")),
                "member region(s) [DE21]" + missing);
        // and the reverse: a division meets a partnership on its section
        Partnership onSection = Partnership.propose("Manufacturing", new PartnershipPriority(PriorityFamily.ECONOMIC_DOMAIN,
                "C"), S3.code, "ES51", List.of(new Member("ES51", MemberRole.LEAD, null, MemberStatus.ACTIVE),
                        new Member("DE21", MemberRole.PARTNER, null, MemberStatus.ACTIVE)));
        met(GateCriterion.SHARED_PRIORITY, s3(onSection, region("ES51", true, "C21"), region("DE21", true, "C")),
                "every active member region lists ECONOMIC_DOMAIN C");
        unmet(GateCriterion.SHARED_PRIORITY, s3(onSection, region("ES51", true, "C21"), region("DE21", true, "J62")),
                "member region(s) [DE21] do not list ECONOMIC_DOMAIN C (nor, for a NACE code, its section or a division "
                        + "inside it)");
        // an invited region need not list it yet
        met(GateCriterion.SHARED_PRIORITY, s3(partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "DE21", "?ITC4"), ES51,
                DE21, region("ITC4", true, false)), "every active member region lists ECONOMIC_DOMAIN C22");
    }

    @Test
    void commitmentLettersOfEveryLeadWhereTheProgrammeRequiresThem() {
        Partnership p = partnership(Stage.SCOPING, Status.ACTIVE, "ES51", "*DE21", "ITC4");
        met(GateCriterion.COMMITMENT_LETTERS, inputs(p, 0), "programme INTERREGIONAL_COOPERATION requires no commitment letter");
        String needs = "every active lead region needs a valid commitment letter for at least 24 months: ";
        unmet(GateCriterion.COMMITMENT_LETTERS, s3(p), needs + "ES51 has no commitment letter; DE21 has no commitment letter");
        p.recordLetter(letter("ES51", TODAY.minusMonths(1), TODAY.plusMonths(23).minusDays(1)));
        p.recordLetter(letter("DE21", TODAY.minusYears(3), TODAY.minusDays(1)));
        unmet(GateCriterion.COMMITMENT_LETTERS, s3(p), needs + "DE21's letter expired on 2026-03-01");
        p.recordLetter(letter("DE21", TODAY, TODAY.plusMonths(12)));
        unmet(GateCriterion.COMMITMENT_LETTERS, s3(p), needs + "DE21's letter holds until 2027-03-02, less than 24 months "
                + "from its signing on 2026-03-02 (until 2028-03-01 at least)");
        p.recordLetter(letter("DE21", TODAY, TODAY.plusMonths(24).minusDays(1)));
        met(GateCriterion.COMMITMENT_LETTERS, s3(p), "every active lead region has a valid commitment letter for at least 24 months");
        // a programme asking every member's letter: the partner's is missing
        Programme members = Programme.of("EVERY_MEMBER", 3, 3, true, 2, true, Programme.LetterSignatories.MEMBERS, 24, 3, true);
        unmet(GateCriterion.COMMITMENT_LETTERS, inputs(p, members, 0, 0), "every active member region needs a valid "
                + "commitment letter for at least 24 months: ITC4 has no commitment letter");
    }

    @Test
    void complementarityMapNeedsARoleAndAContributionForEveryActiveMember() {
        Partnership p = partnership(Stage.MAPPING, Status.ACTIVE, "ES51", "DE21", "?ITC4");
        unmet(GateCriterion.COMPLEMENTARITY_MAP, inputs(p, 0),
                "the complementarity map lacks a role and contribution for [ES51, DE21]");
        p.recordComplementarityMap(new ComplementarityMap(List.of(
                new ComplementarityMap.Entry("ES51", "pilot site", "trays", null),
                new ComplementarityMap.Entry("DE21", "research", " ", null))));
        unmet(GateCriterion.COMPLEMENTARITY_MAP, s3(p), "the complementarity map lacks a role and contribution for [DE21]");
        p.recordComplementarityMap(new ComplementarityMap(List.of(
                new ComplementarityMap.Entry("ES51", "pilot site", "trays", null),
                new ComplementarityMap.Entry("DE21", "research", "polymers", "conversion"))));
        met(GateCriterion.COMPLEMENTARITY_MAP, s3(p),
                "every active member has a role and a contribution in the complementarity map");
    }

    @Test
    void helixDiversityCountsHelicesNotStakeholderTypes() {
        String types = " are needed (academia: UNIVERSITY, RESEARCH_ORGANISATION; industry: COMPANY, CLUSTER; government: "
                + "PUBLIC_AUTHORITY; civil society: CIVIL_SOCIETY)";
        Partnership p = partnership(Stage.MAPPING, Status.ACTIVE);
        unmet(GateCriterion.HELIX_DIVERSITY, inputs(p, 0), "participants cover 0 helix(es) []; at least 2" + types);
        p.addParticipant("University of Seville", StakeholderType.UNIVERSITY, "ES51");
        p.addParticipant("Fraunhofer IVV", StakeholderType.RESEARCH_ORGANISATION, "DE21");
        unmet(GateCriterion.HELIX_DIVERSITY, inputs(p, 0), "participants cover 1 helix(es) [ACADEMIA]; at least 2" + types);
        p.addParticipant("Packaging Cluster", StakeholderType.CLUSTER, "DE21");
        met(GateCriterion.HELIX_DIVERSITY, inputs(p, 0), "participants cover 2 helix(es) [ACADEMIA, INDUSTRY]; at least 2"
                + types);
        unmet(GateCriterion.HELIX_DIVERSITY, s3(p), "participants cover 2 helix(es) [ACADEMIA, INDUSTRY]; at least 3" + types);
        p.addParticipant("Generalitat", StakeholderType.PUBLIC_AUTHORITY, "ES51");
        met(GateCriterion.HELIX_DIVERSITY, s3(p), "participants cover 3 helix(es) [ACADEMIA, INDUSTRY, GOVERNMENT]; "
                + "at least 3" + types);
        // a member that leaves takes its participants along
        p.removeMember("DE21");
        unmet(GateCriterion.HELIX_DIVERSITY, s3(p), "participants cover 2 helix(es) [ACADEMIA, GOVERNMENT]; at least 3"
                + types);
    }

    @Test
    void pilotReportNeedsADemonstratorWithAResult() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        unmet(GateCriterion.PILOT_REPORT, inputs(p, 0), "no pilot report recorded yet");
        p.recordPilotReport(new PilotReport(List.of(new PilotReport.Demonstrator("tray line", null))));
        unmet(GateCriterion.PILOT_REPORT, s3(p), "0 demonstrator(s) with a result; at least 1 is needed");
        p.recordPilotReport(new PilotReport(List.of(new PilotReport.Demonstrator("tray line", "30% lower footprint"))));
        met(GateCriterion.PILOT_REPORT, s3(p), "1 demonstrator(s) with a result; at least 1 is needed");
    }

    @Test
    void committedFundingNeedsACommittedSourceOfMoreThanZero() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        unmet(GateCriterion.COMMITTED_FUNDING, inputs(p, 0), "no funding plan recorded yet");
        p.recordFundingPlan(new FundingPlan(List.of(new FundingPlan.Source("ERDF", FundingKind.REGIONAL,
                new BigDecimal("100000"), false), new FundingPlan.Source("Pledge", FundingKind.PRIVATE, BigDecimal.ZERO,
                        true))));
        unmet(GateCriterion.COMMITTED_FUNDING, inputs(p, 0), "0 committed funding source(s) with an amount above 0 EUR; "
                + "at least 1 is needed");
        p.recordFundingPlan(new FundingPlan(List.of(new FundingPlan.Source("I3", FundingKind.EU,
                new BigDecimal("2500000"), true))));
        met(GateCriterion.COMMITTED_FUNDING, s3(p), "1 committed funding source(s) with an amount above 0 EUR; at least 1 "
                + "is needed");
    }

    @Test
    void investmentProjectWhereTheProgrammeRequiresOne() {
        Partnership p = partnership(Stage.PILOT, Status.ACTIVE);
        met(GateCriterion.INVESTMENT_PROJECT, inputs(p, 0),
                "programme INTERREGIONAL_COOPERATION requires no investment project before SCALE_UP");
        unmet(GateCriterion.INVESTMENT_PROJECT, s3(p), "0 investment project(s) FUNDED or RUNNING; programme "
                + "S3_THEMATIC_PARTNERSHIP needs at least 1 before SCALE_UP");
        met(GateCriterion.INVESTMENT_PROJECT, inputs(p, S3, 0, 1), "1 investment project(s) FUNDED or RUNNING; programme "
                + "S3_THEMATIC_PARTNERSHIP needs at least 1 before SCALE_UP");
    }

    @Test
    void noBlockingChallenge() {
        met(GateCriterion.NO_BLOCKING_CHALLENGE, inputs(active(), 0),
                "no open BLOCKING challenge on this partnership or its active member regions");
        unmet(GateCriterion.NO_BLOCKING_CHALLENGE, inputs(active(), 2),
                "2 open BLOCKING challenge(s) on this partnership or its active member regions");
        unmet(GateCriterion.NO_BLOCKING_CHALLENGE, inputs(active(), INTERREGIONAL, 1, 0),
                "1 open BLOCKING challenge(s) on this partnership or its active member regions");
    }
}
