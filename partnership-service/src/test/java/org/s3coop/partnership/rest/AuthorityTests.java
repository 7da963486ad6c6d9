package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.s3coop.partnership.domain.PartnershipAction;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every role × every action of the rights table ({@link PartnershipAction}), through the API: the roles allowed
 * succeed (2xx, each on a partnership prepared so that the request fits its state), the others get 403 naming the
 * missing right and change nothing. Roles: an admin, the editors of the coordinating lead, of a co-lead, of a partner
 * (the region most actions concern), of an invited region, and of a region outside the partnership.
 */
@QuarkusTest
class AuthorityTests {
    enum Role {
        ADMIN, LEAD, COLEAD, PARTNER, INVITED, OUTSIDER
    }

    private static String lead;
    private static String colead;
    private static String partner;
    private static String invited;
    private static String outsider;
    /** A region to invite per role allowed to (a region invited once is a member after). */
    private static Map<Role, String> newcomers;

    @BeforeAll
    static void regions() {
        lead = Regions.known("ES", "C22");
        colead = Regions.known("DE", "C22");
        partner = Regions.known("IT", "C22");
        invited = Regions.known("PL", "C22");
        outsider = Regions.known("FR", "C22");
        newcomers = Map.of(Role.ADMIN, Regions.known("PT", "C22"), Role.LEAD, Regions.known("PT", "C22"), Role.COLEAD,
                Regions.known("PT", "C22"));
    }

    private static String token(Role role) {
        return switch (role) {
            case ADMIN -> TestTokens.admin();
            case LEAD -> TestTokens.editor(lead);
            case COLEAD -> TestTokens.editor(colead);
            case PARTNER -> TestTokens.editor(partner);
            case INVITED -> TestTokens.editor(invited);
            case OUTSIDER -> TestTokens.editor(outsider);
        };
    }

    /** Who may, by the table: the region an action concerns is the partner, except the invited region's decision. */
    private static Set<Role> allowed(PartnershipAction action) {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        if (action.leads) {
            roles.add(Role.LEAD);
            roles.add(Role.COLEAD);
        }
        if (action.region) {
            roles.add(switch (action) {
                case PROPOSE -> Role.LEAD;
                case DECIDE_INVITATION -> Role.INVITED;
                default -> Role.PARTNER;
            });
        }
        return roles;
    }

    /** What a partnership must have for an action to succeed on it. */
    private enum Need {
        INVITATION, PARTICIPANT, LETTER, SCOPING_NOTE, PROJECT, REPORT
    }

    private record Fixture(String id, String participant, String project) {
    }

    /** A partnership (by an admin) with the lead, the co-lead and the partner ACTIVE, and what {@code needs} says. */
    private static Fixture fixture(Set<Need> needs) {
        String id = as(TestTokens.admin()).body("{\"title\":\"Rights\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":"
                + "\"C22\"},\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\",\"role\":\"lead\"},"
                + "{\"regionCode\":\"" + colead + "\",\"role\":\"lead\"},{\"regionCode\":\"" + partner + "\"}]}")
                .post(BASE).then().statusCode(201).extract().path("id");
        if (needs.contains(Need.INVITATION)) {
            as(TestTokens.editor(lead)).body("{}").put(BASE + "/" + id + "/members/" + invited).then().statusCode(200);
        }
        String participant = null;
        if (needs.contains(Need.PARTICIPANT)) {
            participant = as(TestTokens.admin()).body("{\"name\":\"Partner Cluster\",\"type\":\"CLUSTER\",\"regionCode\":\""
                    + partner + "\"}").post(BASE + "/" + id + "/participants").then().statusCode(201).extract().path("id");
        }
        if (needs.contains(Need.LETTER)) {
            Partnerships.letter(id, partner, "2026-01-15", "2028-01-14").then().statusCode(200);
        }
        if (needs.contains(Need.SCOPING_NOTE)) {
            Partnerships.evidence(TestTokens.admin(), id, "scoping-note", "{\"objective\":\"o\",\"draftActionPlan\":\"p\"}")
                    .then().statusCode(200);
        }
        String project = null;
        if (needs.contains(Need.PROJECT)) {
            project = as(TestTokens.admin()).body(PROJECT).post(BASE + "/" + id + "/projects").then().statusCode(201)
                    .extract().path("id");
        }
        if (needs.contains(Need.REPORT)) {
            as(TestTokens.admin()).body("{\"narrative\":\"draft\"}").put(BASE + "/" + id + "/reports/2025-H2").then()
                    .statusCode(201);
        }
        return new Fixture(id, participant, project);
    }

    /** A partnership on which {@code action} succeeds: what it needs, in the state it needs. */
    private static Fixture prepared(PartnershipAction action) {
        Fixture f = fixture(switch (action) {
            case DECIDE_INVITATION -> EnumSet.of(Need.INVITATION);
            case UPDATE_PARTICIPANT, REMOVE_PARTICIPANT -> EnumSet.of(Need.PARTICIPANT);
            case REMOVE_LETTER -> EnumSet.of(Need.LETTER);
            case ADVANCE, REVERT -> EnumSet.of(Need.SCOPING_NOTE);
            case MOVE_PROJECT -> EnumSet.of(Need.PROJECT);
            case SUBMIT_REPORT -> EnumSet.of(Need.REPORT);
            default -> EnumSet.noneOf(Need.class);
        });
        switch (action) {
            case REVERT -> Partnerships.advance(TestTokens.admin(), f.id()).then().statusCode(200);
            case RESUME -> Partnerships.transition(TestTokens.admin(), f.id(), "{\"action\":\"HOLD\"}").then().statusCode(200);
            case DISMISS_RESCOPING -> {
                // a member region of this partnership alone drops the priority: re-scoping is recommended
                String dropping = Regions.known("CZ", "C22");
                as(TestTokens.admin()).body("{}").put(BASE + "/" + f.id() + "/members/" + dropping).then().statusCode(200);
                Regions.awaitProcessed(Regions.publish(Regions.UPDATED, dropping, 2, true, "HEALTH"));
            }
            default -> {
            }
        }
        return f;
    }

    /** Actions that succeed again on the same partnership: one partnership serves every role allowed. */
    private static final Set<PartnershipAction> REPEATABLE = EnumSet.of(PartnershipAction.PROPOSE,
            PartnershipAction.INVITE_MEMBER, PartnershipAction.CHANGE_MEMBER_ROLE, PartnershipAction.CHANGE_CONTRIBUTION,
            PartnershipAction.ADD_PARTICIPANT, PartnershipAction.UPDATE_PARTICIPANT, PartnershipAction.RECORD_LETTER,
            PartnershipAction.RECORD_EVIDENCE, PartnershipAction.RECORD_PROJECT, PartnershipAction.RECORD_REPORT);
    private static final String PROJECT = "{\"title\":\"Tray line\",\"instrument\":\"I3_STRAND_1\",\"trlStart\":5,"
            + "\"trlTarget\":7}";

    private static Response send(PartnershipAction action, Role role, Fixture f) {
        String p = BASE + "/" + f.id();
        String token = token(role);
        return switch (action) {
            case PROPOSE -> as(token).body("{\"title\":\"New\",\"priority\":{\"family\":\"ECONOMIC_DOMAIN\",\"code\":\"C22\"},"
                    + "\"leadRegion\":\"" + lead + "\",\"members\":[{\"regionCode\":\"" + lead + "\"}]}").post(BASE);
            case INVITE_MEMBER -> as(token).body("{\"contribution\":\"new\"}").put(p + "/members/" + newcomers.getOrDefault(role, newcomers.get(Role.ADMIN)));
            // each attempt asks for the role the partner does not have
            case CHANGE_MEMBER_ROLE -> as(token).body("{\"role\":\"" + ("LEAD".equals(given().get(p).path("members.find { "
                    + "it.regionCode == '" + partner + "' }.role")) ? "partner" : "lead") + "\"}").put(p + "/members/" + partner);
            case CHANGE_CONTRIBUTION -> as(token).body("{\"contribution\":\"more\"}").put(p + "/members/" + partner);
            case REMOVE_MEMBER -> as(token).delete(p + "/members/" + partner);
            case DECIDE_INVITATION -> as(token).body("{\"decision\":\"ACCEPT\"}").post(p + "/members/" + invited + "/decision");
            case ADD_PARTICIPANT -> as(token).body("{\"name\":\"Lab\",\"type\":\"UNIVERSITY\",\"regionCode\":\"" + partner
                    + "\"}").post(p + "/participants");
            case UPDATE_PARTICIPANT -> as(token).body("{\"name\":\"Renamed\",\"type\":\"COMPANY\"}")
                    .put(p + "/participants/" + f.participant());
            case REMOVE_PARTICIPANT -> as(token).delete(p + "/participants/" + f.participant());
            case RECORD_LETTER -> as(token).body("{\"signedBy\":\"Region\",\"signedOn\":\"2026-02-01\",\"validUntil\":"
                    + "\"2028-01-31\",\"document\":{\"uri\":\"https://docs.example.org/l.pdf\",\"sha256\":\"" + "cd".repeat(32)
                    + "\"}}").put(p + "/commitment-letters/" + partner);
            case REMOVE_LETTER -> as(token).delete(p + "/commitment-letters/" + partner);
            case RECORD_EVIDENCE -> as(token).body("{\"demonstrators\":[{\"name\":\"line\",\"result\":\"ok\"}]}")
                    .put(p + "/evidence/pilot-report");
            case ADVANCE -> Partnerships.transition(token, f.id(), "{\"action\":\"ADVANCE\"}");
            case REVERT -> Partnerships.transition(token, f.id(), "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\","
                    + "\"trigger\":\"OTHER\",\"reason\":\"r\"}");
            case HOLD -> Partnerships.transition(token, f.id(), "{\"action\":\"HOLD\"}");
            case RESUME -> Partnerships.transition(token, f.id(), "{\"action\":\"RESUME\"}");
            case CLOSE -> Partnerships.transition(token, f.id(), "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}");
            case DISMISS_RESCOPING -> Partnerships.transition(token, f.id(), "{\"action\":\"DISMISS_RESCOPING\",\"reason\":"
                    + "\"handled\"}");
            case RECORD_PROJECT -> as(token).body(PROJECT).post(p + "/projects");
            case MOVE_PROJECT -> as(token).body("{\"action\":\"PREPARE\"}").post(p + "/projects/" + f.project() + "/transitions");
            case RECORD_REPORT -> as(token).body("{\"narrative\":\"n\",\"values\":{\"JOBS_CREATED\":3}}").put(p + "/reports/2025-H2");
            case SUBMIT_REPORT -> as(token).post(p + "/reports/2025-H2/submission");
        };
    }

    @Test
    void everyRoleTimesEveryActionIsAllowedOrRefusedAsTheTableSays() {
        Fixture shared = fixture(EnumSet.allOf(Need.class));
        long sharedVersion = Partnerships.version(shared.id());
        Map<String, String> wrong = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        for (PartnershipAction action : PartnershipAction.values()) {
            Set<Role> allowed = allowed(action);
            Fixture repeatable = REPEATABLE.contains(action) ? prepared(action) : null;
            for (Role role : Role.values()) {
                String what = action + " by " + role;
                if (allowed.contains(role)) {
                    Response r = send(action, role, repeatable != null ? repeatable : prepared(action));
                    if (r.statusCode() / 100 != 2) {
                        wrong.put(what, r.statusCode() + " " + r.asString());
                    }
                } else {
                    Response r = send(action, role, shared);
                    if (r.statusCode() != 403 || !action.name().equals(r.path("missingRight"))) {
                        wrong.put(what, r.statusCode() + " " + r.asString());
                    }
                }
                checked.add(what);
            }
        }
        assertThat(wrong).as("answers that differ from the rights table").isEmpty();
        assertThat(Partnerships.version(shared.id())).as("the refused requests changed nothing").isEqualTo(sharedVersion);
        assertThat(checked).hasSize(PartnershipAction.values().length * Role.values().length);
    }
}
