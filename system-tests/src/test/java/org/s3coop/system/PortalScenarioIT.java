package org.s3coop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.client.challenge.api.ChallengeClustersApi;
import org.s3coop.client.challenge.api.ChallengesApi;
import org.s3coop.client.challenge.api.RankingRoundsApi;
import org.s3coop.client.challenge.model.CastVote;
import org.s3coop.client.challenge.model.Challenge;
import org.s3coop.client.challenge.model.ChallengeAction;
import org.s3coop.client.challenge.model.ChallengeCluster;
import org.s3coop.client.challenge.model.ChallengeStatus;
import org.s3coop.client.challenge.model.ChallengeTransitionRequest;
import org.s3coop.client.challenge.model.ClusterStanding;
import org.s3coop.client.challenge.model.RaiseChallenge;
import org.s3coop.client.challenge.model.RankingRound;
import org.s3coop.client.challenge.model.ScopeInput;
import org.s3coop.client.challenge.model.ScopeType;
import org.s3coop.client.challenge.model.Severity;
import org.s3coop.client.partnership.api.EvidenceApi;
import org.s3coop.client.partnership.api.MembersAndParticipantsApi;
import org.s3coop.client.partnership.api.PartnershipsApi;
import org.s3coop.client.partnership.api.PortfolioApi;
import org.s3coop.client.partnership.api.TransitionsApi;
import org.s3coop.client.partnership.model.AddParticipant;
import org.s3coop.client.partnership.model.ComplementarityMap;
import org.s3coop.client.partnership.model.ComplementarityMapEntry;
import org.s3coop.client.partnership.model.CriterionResult;
import org.s3coop.client.partnership.model.DecideInvitation;
import org.s3coop.client.partnership.model.Demonstrator;
import org.s3coop.client.partnership.model.FundingKind;
import org.s3coop.client.partnership.model.FundingPlan;
import org.s3coop.client.partnership.model.FundingSource;
import org.s3coop.client.partnership.model.HistoryEntry;
import org.s3coop.client.partnership.model.InvitationDecision;
import org.s3coop.client.partnership.model.MemberInput;
import org.s3coop.client.partnership.model.MemberStatus;
import org.s3coop.client.partnership.model.Partnership;
import org.s3coop.client.partnership.model.PartnershipPriority;
import org.s3coop.client.partnership.model.PilotReport;
import org.s3coop.client.partnership.model.Portfolio;
import org.s3coop.client.partnership.model.ProposePartnership;
import org.s3coop.client.partnership.model.PutMember;
import org.s3coop.client.partnership.model.Readiness;
import org.s3coop.client.partnership.model.RevertTrigger;
import org.s3coop.client.partnership.model.ScopingNote;
import org.s3coop.client.partnership.model.Stage;
import org.s3coop.client.partnership.model.TransitionAction;
import org.s3coop.client.partnership.model.TransitionRequest;
import org.s3coop.client.region.api.RegionsApi;
import org.s3coop.client.region.api.StakeholdersApi;
import org.s3coop.client.region.model.AddStakeholder;
import org.s3coop.client.region.model.PageRegionView;
import org.s3coop.client.region.model.PartnerSuggestion;
import org.s3coop.client.region.model.Priority;
import org.s3coop.client.region.model.PriorityFamily;
import org.s3coop.client.region.model.Region;
import org.s3coop.client.region.model.RegisterRegion;
import org.s3coop.client.region.model.StakeholderType;
import org.s3coop.client.region.model.UpdateRegion;
import org.s3coop.platform.testing.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a portal does, through the Java clients generated from the three services' OpenAPI documents only (no
 * hand-written HTTP): registers regions with stakeholders, reads and pages them, asks for partner suggestions,
 * takes a partnership from SCOPING to SCALE_UP guided by its readiness (with a revert and back), meets a BLOCKING
 * challenge raised in challenge-service at the last gate, runs a ranking round, and reads history and portfolio;
 * and handles the errors a portal meets (400 with violations, 404, 409 with unmet criteria, 412 on a stale
 * If-Match) by reading the generated {@code Problem} model. What one service learns from another arrives as
 * events, so the portal retries (422) until it has: Awaitility, no sleeps.
 */
@ExtendWith(Suite.class)
class PortalScenarioIT {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String ADMIN = TestTokens.admin();
    private static final String EDITOR_FR = TestTokens.editor("FR10");

    // ---- generated clients, configured as a portal would: base URI and a bearer token (none for public reads)

    private static org.s3coop.client.region.ApiClient regionClient(String token) {
        var client = new org.s3coop.client.region.ApiClient();
        client.updateBaseUri(Suite.region().url());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static org.s3coop.client.partnership.ApiClient partnershipClient(String token) {
        var client = new org.s3coop.client.partnership.ApiClient();
        client.updateBaseUri(Suite.partnership().url());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static org.s3coop.client.challenge.ApiClient challengeClient(String token) {
        var client = new org.s3coop.client.challenge.ApiClient();
        client.updateBaseUri(Suite.challenge().url());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /**
     * The same documents through TypeScript: the typescript-fetch clients the build generates are compiled with
     * {@code tsc --strict} together with {@code system-tests/openapi-tools/scenario/portal-scenario.ts}, which may not
     * cast (the build refuses {@code as}, {@code <T>}, {@code !} and {@code any} there); it runs a lifecycle against
     * the live services: regions, a partnership proposed twice with one Idempotency-Key, evidence with If-Match, HOLD
     * and RESUME, a 412 read as a problem, the history, a challenge on the partnership.
     */
    @Test
    void aTypeScriptPortalRunsALifecycleWithoutACast() throws Exception {
        Path tools = Path.of(System.getProperty("s3coop.root", "..")).toAbsolutePath().normalize()
                .resolve("system-tests/openapi-tools");
        Path scenario = tools.resolve("../target/ts-scenario/openapi-tools/scenario/portal-scenario.js").normalize();
        assertThat(scenario).as("the build compiles the TypeScript scenario (npm run build-ts in " + tools + ")")
                .exists();
        ProcessBuilder node = new ProcessBuilder("node", scenario.toString()).directory(tools.toFile())
                .redirectErrorStream(true);
        node.environment().putAll(Map.of("S3COOP_REGION_URL", Suite.region().url(),
                "S3COOP_PARTNERSHIP_URL", Suite.partnership().url(), "S3COOP_CHALLENGE_URL", Suite.challenge().url(),
                "S3COOP_ADMIN_TOKEN", ADMIN, "S3COOP_LEAD_CODE", NutsCodes.code("ts-lead"),
                "S3COOP_PARTNER_CODE", NutsCodes.code("ts-partner")));
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("TypeScript portal scenario: partnership");
    }

    @Test
    void aPortalDrivesTheWholeCooperationThroughTheGeneratedClients() throws Exception {
        RegionsApi regionsAdmin = new RegionsApi(regionClient(ADMIN));
        RegionsApi regionsPublic = new RegionsApi(regionClient(null));

        // ---- regions in four countries, all listing C26 (computer, electronic and optical products)
        register(regionsAdmin, "FR10", "Île-de-France", eco("C26"), eco("J62"), policy("DIGITAL_TRANSFORMATION"));
        register(regionsAdmin, "NL36", "Zuid-Holland", eco("C26"), eco("C27"), policy("ENERGY"));
        register(regionsAdmin, "PL21", "Małopolskie", eco("C26"), eco("J62"));
        register(regionsAdmin, "EL30", "Attiki", eco("C26"), eco("M72"), policy("TOURISM"));

        // stakeholders, each added by its own region's editor
        addStakeholder("FR10", "Sorbonne Université", StakeholderType.UNIVERSITY);
        addStakeholder("FR10", "Systematic Paris-Region", StakeholderType.CLUSTER);
        addStakeholder("NL36", "TNO", StakeholderType.RESEARCH_ORGANISATION);
        addStakeholder("PL21", "Kraków Technology Park", StakeholderType.PUBLIC_AUTHORITY);
        var stakeholders = new StakeholdersApi(regionClient(null)).listStakeholders("FR10", 0, 20);
        assertThat(stakeholders.getTotalItems()).isEqualTo(2L);
        assertThat(stakeholders.getItems()).extracting(s -> s.getName())
                .containsExactly("Sorbonne Université", "Systematic Paris-Region");

        // ---- one region with its ETag; an update with it; the same update with the stale ETag is 412
        var read = regionsPublic.getRegionWithHttpInfo("FR10");
        Region fr10 = read.getData();
        String etag = header(read.getHeaders(), "ETag");
        assertThat(etag).isEqualTo("\"" + fr10.getVersion() + "\"");
        assertThat(fr10.getCountry()).isEqualTo("FR");
        assertThat(fr10.getLevel()).isEqualTo(2);
        assertThat(fr10.getPriorities()).extracting(p -> p.getCode()).containsExactly("C26", "J62", "DIGITAL_TRANSFORMATION");
        assertThat(fr10.getPriorities().get(0).getLabel()).as("label from the catalogue").isNotBlank();

        UpdateRegion rename = new UpdateRegion().name("Île-de-France (Paris)")
                .priorities(List.of(eco("C26"), eco("J62"), policy("DIGITAL_TRANSFORMATION")));
        var updated = new RegionsApi(regionClient(EDITOR_FR)).updateRegionWithHttpInfo("FR10", rename, etag);
        assertThat(updated.getData().getName()).isEqualTo("Île-de-France (Paris)");
        assertThat(header(updated.getHeaders(), "ETag")).isNotEqualTo(etag);
        var stale = regionProblem(412, () -> new RegionsApi(regionClient(EDITOR_FR)).updateRegion("FR10", rename, etag));
        assertThat(stale.getTitle()).isNotBlank();

        // ---- paging through a filter: size 2, pages until totalPages
        List<String> codes = new ArrayList<>();
        PageRegionView page;
        int p = 0;
        do {
            page = regionsPublic.listRegions(null, null, p, "C26", null, 2);
            assertThat(page.getPage()).isEqualTo(p);
            assertThat(page.getSize()).isEqualTo(2);
            assertThat(page.getItems()).hasSizeLessThanOrEqualTo(2);
            page.getItems().forEach(r -> codes.add(r.getCode()));
            p++;
        } while (p < page.getTotalPages());
        assertThat(page.getTotalItems()).isEqualTo(4L);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(codes).containsExactly("EL30", "FR10", "NL36", "PL21");
        assertThat(regionsPublic.listRegions(true, "NL", 0, "C26", null, 20).getItems()).extracting(Region::getCode)
                .containsExactly("NL36");

        // ---- partner suggestions for FR10: other countries only, best first, each score explained
        List<PartnerSuggestion> suggestions = regionsPublic.suggestPartners("FR10", null, null, 50);
        assertThat(suggestions).extracting(PartnerSuggestion::getCode).contains("NL36", "PL21", "EL30")
                .noneMatch(code -> code.startsWith("FR"));
        assertThat(suggestions).isSortedAccordingTo(Comparator.comparing(PartnerSuggestion::getScore).reversed()
                .thenComparing(PartnerSuggestion::getCode));
        PartnerSuggestion pl21 = suggestions.stream().filter(s -> s.getCode().equals("PL21")).findFirst().orElseThrow();
        assertThat(pl21.getCountry()).isEqualTo("PL");
        assertThat(pl21.getSharedCodes()).contains("C26", "J62");
        assertThat(pl21.getSimilarity()).isPositive();

        // ---- a partnership: partnership-service learns the regions from events; 422 until it has
        PartnershipsApi partnershipsFr = new PartnershipsApi(partnershipClient(EDITOR_FR));
        PartnershipsApi partnershipsPublic = new PartnershipsApi(partnershipClient(null));
        ProposePartnership proposal = new ProposePartnership().title("Trusted edge electronics")
                .priority(new PartnershipPriority().family(org.s3coop.client.partnership.model.PriorityFamily.ECONOMIC_DOMAIN)
                        .code("C26"))
                .leadRegion("FR10")
                .members(List.of(new MemberInput().regionCode("FR10").role("lead").contribution("chip design"),
                        new MemberInput().regionCode("NL36").role("partner").contribution("photonics")));
        String proposalKey = UUID.randomUUID().toString(); // Idempotency-Key: the same for every retry of this proposal
        var proposed = untilKnown("partnership-service knows FR10 and NL36",
                () -> partnershipsFr.proposePartnershipWithHttpInfo(proposal, proposalKey));
        assertThat(proposed.getStatusCode()).isEqualTo(201);
        Partnership partnership = proposed.getData();
        String id = partnership.getId().toString();
        assertThat(header(proposed.getHeaders(), "Location")).endsWith("/api/v1/partnerships/" + id);
        // the portal lost the answer and sends the proposal again with its key: the first answer, no second partnership
        var retried = partnershipsFr.proposePartnershipWithHttpInfo(proposal, proposalKey);
        assertThat(retried.getStatusCode()).isEqualTo(201);
        assertThat(header(retried.getHeaders(), "Idempotency-Replayed")).isEqualTo("true");
        assertThat(header(retried.getHeaders(), "Location")).isEqualTo(header(proposed.getHeaders(), "Location"));
        assertThat(retried.getData().getId()).isEqualTo(partnership.getId());
        assertThat(partnership.getStage()).isEqualTo(Stage.SCOPING);

        // a third member, with the ETag just read
        var current = partnershipsPublic.getPartnershipWithHttpInfo(id);
        String partnershipEtag = header(current.getHeaders(), "ETag");
        MembersAndParticipantsApi membersFr = new MembersAndParticipantsApi(partnershipClient(EDITOR_FR));
        Partnership withPl = untilKnown("partnership-service knows PL21", () -> membersFr.putMember(id, "PL21",
                new PutMember().role("partner").contribution("embedded software"), partnershipEtag));
        assertThat(withPl.getMembers()).extracting(m -> m.getRegionCode()).containsExactlyInAnyOrder("FR10", "NL36", "PL21");
        // the ETag read before the member joined is stale now
        var staleMember = partnershipProblem(412, () -> membersFr.putMember(id, "PL21",
                new PutMember().role("partner").contribution("firmware"), partnershipEtag));
        assertThat(staleMember.getStatus()).isEqualTo(412);
        // FR10's editor does not speak for NL36 and PL21: they are invited; NL36's editor accepts (PL21 stays invited)
        assertThat(withPl.getMembers()).filteredOn(m -> !"FR10".equals(m.getRegionCode()))
                .extracting(m -> m.getStatus()).containsOnly(MemberStatus.INVITED);
        Partnership withNl = new MembersAndParticipantsApi(partnershipClient(TestTokens.editor("NL36"))).decideInvitation(id,
                "NL36", new DecideInvitation().decision(InvitationDecision.ACCEPT), null, UUID.randomUUID().toString());
        assertThat(withNl.getMembers()).filteredOn(m -> "NL36".equals(m.getRegionCode())).extracting(m -> m.getStatus())
                .containsExactly(MemberStatus.ACTIVE);

        // ---- SCOPING → MAPPING, guided by readiness
        EvidenceApi evidenceFr = new EvidenceApi(partnershipClient(EDITOR_FR));
        TransitionsApi transitionsFr = new TransitionsApi(partnershipClient(EDITOR_FR));
        Readiness readiness = partnershipsPublic.getReadiness(id);
        assertThat(readiness.getStage()).isEqualTo(Stage.SCOPING);
        assertThat(readiness.getNextStage()).isEqualTo(Stage.MAPPING);
        assertThat(readiness.getReady()).isFalse();
        assertThat(unmet(readiness)).containsExactly("SCOPING_NOTE");
        evidenceFr.putScopingNote(id, new ScopingNote().objective("Secure edge devices for industry")
                .draftActionPlan("1. map design houses 2. joint pilot line 3. I3 application"), null);
        advanceWhenReady(partnershipsPublic, transitionsFr, id, Stage.MAPPING);

        // ---- a feedback loop: REVERT to SCOPING (trigger and reason), then forward again
        Partnership reverted = transitionsFr.transitionPartnership(id, new TransitionRequest().action(TransitionAction.REVERT)
                .targetStage(Stage.SCOPING).trigger(RevertTrigger.SCOPE_NOT_GRANULAR)
                .reason("Scope too broad: focus on edge AI chips"), null, UUID.randomUUID().toString());
        assertThat(reverted.getStage()).isEqualTo(Stage.SCOPING);
        evidenceFr.putScopingNote(id, new ScopingNote().objective("Edge AI chips for industrial vision")
                .draftActionPlan("1. map design houses 2. joint pilot line"), null);
        advanceWhenReady(partnershipsPublic, transitionsFr, id, Stage.MAPPING);

        // ---- MAPPING → PILOT
        assertThat(unmet(partnershipsPublic.getReadiness(id))).contains("COMPLEMENTARITY_MAP", "HELIX_DIVERSITY");
        evidenceFr.putComplementarityMap(id, new ComplementarityMap().entries(List.of(
                entry("FR10", "lead", "chip design", "design"),
                entry("NL36", "partner", "photonics", "components"),
                entry("PL21", "partner", "embedded software", "integration"))), null);
        membersFr.addParticipant(id, new AddParticipant().name("Sorbonne Université")
                .type(org.s3coop.client.partnership.model.StakeholderType.UNIVERSITY).regionCode("FR10"), null, null);
        // two helices are needed: a university and a research organisation are both academia; a company is industry
        membersFr.addParticipant(id, new AddParticipant().name("STMicroelectronics Grenoble")
                .type(org.s3coop.client.partnership.model.StakeholderType.COMPANY).regionCode("FR10"), null, null);
        var participant = new MembersAndParticipantsApi(partnershipClient(TestTokens.editor("NL36")))
                .addParticipantWithHttpInfo(id, new AddParticipant().name("TNO")
                        .type(org.s3coop.client.partnership.model.StakeholderType.RESEARCH_ORGANISATION).regionCode("NL36"), null,
                        UUID.randomUUID().toString());
        assertThat(participant.getStatusCode()).isEqualTo(201);
        assertThat(header(participant.getHeaders(), "Location")).contains("/api/v1/partnerships/" + id + "/participants/");
        advanceWhenReady(partnershipsPublic, transitionsFr, id, Stage.PILOT);

        // ---- PILOT evidence
        assertThat(unmet(partnershipsPublic.getReadiness(id))).contains("PILOT_REPORT", "COMMITTED_FUNDING")
                .doesNotContain("NO_BLOCKING_CHALLENGE");
        evidenceFr.putPilotReport(id, new PilotReport().demonstrators(List.of(
                new Demonstrator().name("Vision line").result("Defects found 40% earlier"))), null);
        evidenceFr.putFundingPlan(id, new FundingPlan().sources(List.of(new FundingSource().name("I3 strand 2a")
                .kind(FundingKind.EU).amountEur(new BigDecimal("1800000")).committed(true))), null);
        assertThat(partnershipsPublic.getReadiness(id).getReady()).isTrue();

        // ---- a BLOCKING challenge on it, raised once challenge-service knows the partnership (422 until then)
        ChallengesApi challengesFr = new ChallengesApi(challengeClient(EDITOR_FR));
        ChallengesApi challengesPublic = new ChallengesApi(challengeClient(null));
        List<String> clusters = new ChallengeClustersApi(challengeClient(null)).listChallengeClusters().stream()
                .map(ChallengeCluster::getCode).toList();
        assertThat(clusters).containsExactlyInAnyOrder("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "GOVERNANCE",
                "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING");
        RaiseChallenge raise = new RaiseChallenge().cluster("CAPACITY").subDimension("INSUFFICIENT_TIME")
                .title("No engineers for the pilot line").description("Design houses cannot free staff before 2027")
                .scope(new ScopeInput().type(ScopeType.PARTNERSHIP).ref(id)).severity(Severity.BLOCKING);
        var raised = untilKnown("challenge-service knows the partnership", () -> challengesFr.raiseChallengeWithHttpInfo(raise, null));
        assertThat(raised.getStatusCode()).isEqualTo(201);
        Challenge challenge = raised.getData();
        String challengeId = challenge.getId().toString();
        assertThat(header(raised.getHeaders(), "Location")).endsWith("/api/v1/challenges/" + challengeId);
        assertThat(challenge.getStatus()).isEqualTo(ChallengeStatus.OPEN);

        // ... partnership-service learns of it, and the advance to SCALE_UP is refused: 409 naming the criterion
        awaitCriterion(partnershipsPublic, id, "NO_BLOCKING_CHALLENGE", false);
        var refused = gateProblem(() -> transitionsFr.transitionPartnership(id,
                new TransitionRequest().action(TransitionAction.ADVANCE), null, null));
        assertThat(refused.getUnmetCriteria()).extracting(c -> c.getCode()).containsExactly("NO_BLOCKING_CHALLENGE");
        assertThat(refused.getUnmetCriteria().get(0).getMessage()).isNotBlank();
        assertThat(partnershipsPublic.getPartnership(id).getStage()).as("a refused request changes nothing")
                .isEqualTo(Stage.PILOT);

        // ... addressed (with its ETag), the block lifts
        var challengeRead = challengesPublic.getChallengeWithHttpInfo(challengeId);
        Challenge addressed = challengesFr.transitionChallenge(challengeId, new ChallengeTransitionRequest()
                .action(ChallengeAction.ADDRESS).reason("Two engineers seconded by the cluster"),
                header(challengeRead.getHeaders(), "ETag"), null);
        assertThat(addressed.getStatus()).isEqualTo(ChallengeStatus.ADDRESSED);
        awaitCriterion(partnershipsPublic, id, "NO_BLOCKING_CHALLENGE", true);
        advanceWhenReady(partnershipsPublic, transitionsFr, id, Stage.SCALE_UP);
        assertThat(partnershipsPublic.listPartnerships(null, 0, "C26", null, "FR10", 20, Stage.SCALE_UP, null).getItems())
                .extracting(x -> x.getId().toString()).containsExactly(id);

        // ---- the history: every transition with actor and time, the revert with its trigger and reason
        List<HistoryEntry> history = partnershipsPublic.getHistory(id);
        assertThat(history).extracting(h -> h.getAction().getValue())
                .containsSubsequence("ADVANCE", "REVERT", "ADVANCE", "ADVANCE", "ADVANCE");
        HistoryEntry revert = history.stream().filter(h -> "REVERT".equals(h.getAction().getValue())).findFirst()
                .orElseThrow();
        assertThat(revert.getFrom()).isEqualTo(Stage.MAPPING);
        assertThat(revert.getTo()).isEqualTo(Stage.SCOPING);
        assertThat(revert.getTrigger()).isEqualTo(RevertTrigger.SCOPE_NOT_GRANULAR);
        assertThat(revert.getReason()).isEqualTo("Scope too broad: focus on edge AI chips");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.getActor()).isNotBlank();
            assertThat(h.getAt()).isNotNull();
        });

        // ---- the portfolio (other journeys share the suite: at least ours)
        Portfolio portfolio = new PortfolioApi(partnershipClient(null)).getPortfolio(null, null, null, null);
        assertThat(portfolio.getTotalPartnerships()).isPositive();
        assertThat(portfolio.getByStage()).containsKey("SCALE_UP");
        assertThat(portfolio.getByStage().get("SCALE_UP")).isPositive();
        assertThat(portfolio.getRevertsByTrigger().get("SCOPE_NOT_GRANULAR")).isPositive();

        // ---- a ranking round: one ordered list per region (422 until challenge-service knows the region)
        String round = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> ballots = Map.of(
                "FR10", List.of("CAPACITY", "FUNDING", "GOVERNANCE", "ALIGNING_ECOSYSTEMS", "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"),
                "NL36", List.of("FUNDING", "CAPACITY", "ALIGNING_ECOSYSTEMS", "GOVERNANCE", "KNOWLEDGE_AND_MONITORING", "STAKEHOLDER_ENGAGEMENT"),
                "PL21", List.of("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "STAKEHOLDER_ENGAGEMENT", "GOVERNANCE", "KNOWLEDGE_AND_MONITORING"));
        for (var ballot : ballots.entrySet()) {
            RankingRoundsApi asRegion = new RankingRoundsApi(challengeClient(TestTokens.editor(ballot.getKey())));
            var vote = untilKnown("challenge-service knows " + ballot.getKey(), () -> asRegion.castVoteWithHttpInfo(
                    ballot.getKey(), round, new CastVote().clusters(ballot.getValue())));
            assertThat(vote.getStatusCode()).isIn(200, 201);
            assertThat(vote.getData().getClusters()).isEqualTo(ballot.getValue());
        }
        Map<String, Long> expected = new HashMap<>();
        for (List<String> ballot : ballots.values()) {
            for (int i = 0; i < ballot.size(); i++) {
                expected.merge(ballot.get(i), (long) (ballot.size() - 1 - i), Long::sum);
            }
        }
        RankingRound result = new RankingRoundsApi(challengeClient(null)).getRankingRound(round);
        assertThat(result.getVotesCast()).isEqualTo(3);
        assertThat(result.getClusters()).hasSize(6);
        assertThat(result.getClusters()).extracting(ClusterStanding::getPoints).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(result.getClusters().get(0).getCluster()).isEqualTo("CAPACITY"); // 5+4+5 = 14 points
        for (ClusterStanding standing : result.getClusters()) {
            assertThat(standing.getPoints()).as(standing.getCluster()).isEqualTo(expected.get(standing.getCluster()));
            assertThat(standing.getVotes()).isEqualTo(3);
        }
        assertThat(result.getClusters().get(0).getMeanRank()).as("ranks 1, 2, 1; two decimals").isEqualTo(1.33);

        // ---- errors as a portal meets them, read into the generated Problem models
        var invalid = regionProblem(400, () -> regionsAdmin.registerRegion(new RegisterRegion().code("fr-99").name(" "), null));
        assertThat(invalid.getViolations()).extracting(v -> v.getField()).anyMatch(f -> f.endsWith("code"));
        assertThat(invalid.getViolations()).allSatisfy(v -> assertThat(v.getMessage()).isNotBlank());
        assertThat(invalid.getType()).isNotBlank();
        var unknownRegion = regionProblem(404, () -> regionsPublic.getRegion("FR99"));
        assertThat(unknownRegion.getDetail()).contains("FR99");
        var unknownPartnership = partnershipProblem(404,
                () -> partnershipsPublic.getPartnership(UUID.randomUUID().toString()));
        assertThat(unknownPartnership.getTitle()).isNotBlank();
        var unknownChallenge = challengeProblem(404, () -> challengesPublic.getChallenge(UUID.randomUUID().toString()));
        assertThat(unknownChallenge.getStatus()).isEqualTo(404);
        var badRevert = partnershipProblem(400, () -> transitionsFr.transitionPartnership(id,
                new TransitionRequest().action(TransitionAction.REVERT).targetStage(Stage.PILOT), null, null));
        assertThat(badRevert.getViolations()).isNotEmpty();
        var duplicate = regionProblem(409, () -> register(regionsAdmin, "EL30", "Attiki", eco("C26")));
        assertThat(duplicate.getStatus()).isEqualTo(409);
        var unauthenticated = regionProblem(401, () -> regionsPublic.registerRegion(
                new RegisterRegion().code("EL41").name("Voreio Aigaio").priorities(List.of(eco("C26"))), null));
        assertThat(unauthenticated.getStatus()).isEqualTo(401);
        var outsideItsRegions = regionProblem(403, () -> new RegionsApi(regionClient(EDITOR_FR)).updateRegion("NL36",
                new UpdateRegion().name("Zuid-Holland").priorities(List.of(eco("C26"))), null));
        assertThat(outsideItsRegions.getStatus()).isEqualTo(403);
    }

    // ---- scenario steps

    private static void register(RegionsApi api, String code, String name, Priority... priorities) throws Exception {
        var created = api.registerRegionWithHttpInfo(new RegisterRegion().code(code).name(name).nutsVersion("2024")
                .priorities(List.of(priorities)), UUID.randomUUID().toString());
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created.getHeaders(), "Location")).endsWith("/api/v1/regions/" + code);
        assertThat(created.getData().getCode()).isEqualTo(code);
        assertThat(created.getData().getActive()).isTrue();
    }

    private static void addStakeholder(String region, String name, StakeholderType type) throws Exception {
        var created = new StakeholdersApi(regionClient(TestTokens.editor(region)))
                .addStakeholderWithHttpInfo(region, new AddStakeholder().name(name).type(type), null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created.getHeaders(), "Location"))
                .endsWith("/api/v1/regions/" + region + "/stakeholders/" + created.getData().getId());
    }

    private static Priority eco(String code) {
        return new Priority().family(PriorityFamily.ECONOMIC_DOMAIN).code(code);
    }

    private static Priority policy(String code) {
        return new Priority().family(PriorityFamily.POLICY_OBJECTIVE).code(code);
    }

    private static ComplementarityMapEntry entry(String region, String role, String contribution, String segment) {
        return new ComplementarityMapEntry().regionCode(region).role(role).contribution(contribution).valueChainSegment(segment);
    }

    private static List<String> unmet(Readiness readiness) {
        return readiness.getCriteria().stream().filter(c -> !Boolean.TRUE.equals(c.getMet())).map(CriterionResult::getCode)
                .toList();
    }

    /** Reads readiness as a portal would before offering "advance": all criteria met, then ADVANCE with its ETag. */
    private static void advanceWhenReady(PartnershipsApi reads, TransitionsApi transitions, String id, Stage next)
            throws Exception {
        var read = reads.getReadinessWithHttpInfo(id);
        Readiness readiness = read.getData();
        assertThat(readiness.getNextStage()).isEqualTo(next);
        assertThat(unmet(readiness)).as("unmet criteria before " + next).isEmpty();
        assertThat(readiness.getReady()).isTrue();
        String etag = header(reads.getPartnershipWithHttpInfo(id).getHeaders(), "ETag");
        var advanced = transitions.transitionPartnershipWithHttpInfo(id,
                new TransitionRequest().action(TransitionAction.ADVANCE), etag, UUID.randomUUID().toString());
        assertThat(advanced.getStatusCode()).isEqualTo(200);
        assertThat(advanced.getData().getStage()).isEqualTo(next);
        assertThat(header(advanced.getHeaders(), "ETag")).isEqualTo("\"" + advanced.getData().getVersion() + "\"");
    }

    private static void awaitCriterion(PartnershipsApi reads, String id, String code, boolean met) {
        Awaitility.await(code + " met=" + met).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(reads.getReadiness(id).getCriteria())
                        .filteredOn(c -> code.equals(c.getCode())).extracting(CriterionResult::getMet).containsExactly(met));
    }

    // ---- plumbing: retries while a service has not yet learnt of another's change, problem bodies, headers

    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** Retries while the answer is 422 (an id this service's read model does not hold yet); anything else fails. */
    private static <T> T untilKnown(String what, Call<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        Awaitility.await(what).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            try {
                result.set(call.call());
            } catch (org.s3coop.client.partnership.ApiException e) {
                throw e.getCode() == 422 ? new AssertionError("422 " + e.getResponseBody()) : e;
            } catch (org.s3coop.client.challenge.ApiException e) {
                throw e.getCode() == 422 ? new AssertionError("422 " + e.getResponseBody()) : e;
            }
        });
        return result.get();
    }

    private static final ObjectMapper REGION_JSON = org.s3coop.client.region.ApiClient.createDefaultObjectMapper();
    private static final ObjectMapper PARTNERSHIP_JSON = org.s3coop.client.partnership.ApiClient.createDefaultObjectMapper();
    private static final ObjectMapper CHALLENGE_JSON = org.s3coop.client.challenge.ApiClient.createDefaultObjectMapper();

    private static org.s3coop.client.region.model.Problem regionProblem(int status, Action action) throws IOException {
        var e = expect(org.s3coop.client.region.ApiException.class, action);
        checkProblem(status, e.getCode(), e.getResponseHeaders().firstValue("Content-Type").orElse(""), e.getResponseBody());
        var problem = REGION_JSON.readValue(e.getResponseBody(), org.s3coop.client.region.model.Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    private static org.s3coop.client.partnership.model.Problem partnershipProblem(int status, Action action)
            throws IOException {
        var e = expect(org.s3coop.client.partnership.ApiException.class, action);
        checkProblem(status, e.getCode(), e.getResponseHeaders().firstValue("Content-Type").orElse(""), e.getResponseBody());
        var problem = PARTNERSHIP_JSON.readValue(e.getResponseBody(), org.s3coop.client.partnership.model.Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    /** A refused advance: the partnership-service's problem with its unmet criteria (schema GateProblem). */
    private static org.s3coop.client.partnership.model.GateProblem gateProblem(Action action) throws IOException {
        var e = expect(org.s3coop.client.partnership.ApiException.class, action);
        checkProblem(409, e.getCode(), e.getResponseHeaders().firstValue("Content-Type").orElse(""), e.getResponseBody());
        var problem = PARTNERSHIP_JSON.readValue(e.getResponseBody(), org.s3coop.client.partnership.model.GateProblem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        return problem;
    }

    private static org.s3coop.client.challenge.model.Problem challengeProblem(int status, Action action) throws IOException {
        var e = expect(org.s3coop.client.challenge.ApiException.class, action);
        checkProblem(status, e.getCode(), e.getResponseHeaders().firstValue("Content-Type").orElse(""), e.getResponseBody());
        var problem = CHALLENGE_JSON.readValue(e.getResponseBody(), org.s3coop.client.challenge.model.Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        return problem;
    }

    private static void checkProblem(int expected, int actual, String contentType, String body) {
        assertThat(actual).as(body).isEqualTo(expected);
        assertThat(contentType).as("content type of a %d", expected).startsWith("application/problem+json");
    }

    private static <E extends Exception> E expect(Class<E> type, Action action) {
        try {
            action.run();
        } catch (Exception e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getName() + ", got " + e, e);
        }
        throw new AssertionError("expected " + type.getName() + ", the call succeeded");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " header among " + headers.keySet()));
    }
}
