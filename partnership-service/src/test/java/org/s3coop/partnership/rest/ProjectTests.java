package org.s3coop.partnership.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Investment projects through the API: record, edit, move; If-Match; bad input; history, audit and events. */
@QuarkusTest
class ProjectTests {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aLeadRecordsEditsAndMovesAProject() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String token = TestTokens.editor(lead);
        long partnershipVersion = Partnerships.version(id);

        String project = Projects.record(token, id, Projects.money("I3_STRAND_2A", "2500000", null, lead, partner)).then()
                .statusCode(201).header("ETag", "\"1\"").header("Location", containsString("/projects/"))
                .body("status", equalTo("IDEA")).body("instrument", equalTo("I3_STRAND_2A"))
                .body("regions", equalTo(List.of(lead, partner))).body("trlStart", equalTo(4)).body("trlTarget", equalTo(7))
                .body("requestedEur", equalTo(2500000)).extract().path("id");
        given().get(BASE + "/" + id + "/projects").then().statusCode(200).body("id", equalTo(List.of(project)));
        given().get(BASE + "/" + id + "/projects/" + project).then().statusCode(200).header("ETag", "\"1\"");

        // edits honour If-Match (the project's version)
        as(token).header("If-Match", "\"7\"").body(Projects.body("ERDF", lead)).put(BASE + "/" + id + "/projects/" + project)
                .then().statusCode(412);
        as(token).header("If-Match", "\"1\"").body(Projects.money("ERDF", "3000000", "1200000.50", lead))
                .put(BASE + "/" + id + "/projects/" + project).then().statusCode(200).header("ETag", "\"2\"")
                .body("instrument", equalTo("ERDF")).body("grantedEur", equalTo(1200000.5f)).body("regions", equalTo(List.of(lead)));

        // the status machine: allowed, then refused from a status the action does not start from
        for (String action : List.of("PREPARE", "SUBMIT", "FUND")) {
            Projects.move(token, id, project, action).then().statusCode(200);
        }
        Projects.move(token, id, project, "SUBMIT").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://s3coop.org/problems/invalid-transition"))
                .body("detail", containsString("From FUNDED the actions are [START, WITHDRAW]"));
        as(token).body("{\"action\":\"WITHDRAW\"}").post(BASE + "/" + id + "/projects/" + project + "/transitions")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        as(token).header("If-Match", "\"2\"").body("{\"action\":\"START\"}")
                .post(BASE + "/" + id + "/projects/" + project + "/transitions").then().statusCode(412);
        assertThat(Projects.version(id, project)).as("refusals change nothing").isEqualTo(5);

        given().get(BASE + "/" + id + "/projects/" + project + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("PREPARE", "SUBMIT", "FUND")))
                .body("to", equalTo(List.of("PREPARING", "SUBMITTED", "FUNDED")))
                .body("actor", equalTo(List.of("editor-" + lead, "editor-" + lead, "editor-" + lead)))
                .body("version", equalTo(List.of(3, 4, 5)));
        assertThat(Partnerships.version(id)).as("a project is not the partnership: its version stays")
                .isEqualTo(partnershipVersion);

        // audit: in the partnership's trail, entity project, every change with its actor
        Partnerships.audit(id, "").body("items.findAll { it.entity == 'project' }.action",
                equalTo(List.of("RECORD_PROJECT", "RECORD_PROJECT", "MOVE_PROJECT", "MOVE_PROJECT", "MOVE_PROJECT")))
                .body("items.findAll { it.entity == 'project' }.entityId", hasSize(5));

        // events: recorded, updated, three status changes, each with the actor
        List<CloudEventRecords.Event> events = Partnerships.events(id, 6).stream()
                .filter(e -> e.type().contains(".project-")).toList();
        assertThat(events).extracting(e -> e.type().replace("org.s3coop.partnership.", "")).containsExactly(
                "project-recorded.v1", "project-updated.v1", "project-status-changed.v1", "project-status-changed.v1",
                "project-status-changed.v1");
        assertThat(events).allSatisfy(e -> assertThat(e.data().path("actor").asText()).isEqualTo("editor-" + lead));
        assertThat(events.get(4).data().path("project").path("to").asText()).isEqualTo("FUNDED");
        assertThat(events.get(4).data().path("id").asText()).as("the partnership, as every event of the topic").isEqualTo(id);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String outsider = Regions.known("FR", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String token = TestTokens.editor(lead);
        String projects = BASE + "/" + id + "/projects";

        as(token).body("{\"title\":\"x\",\"instrument\":\"I3_STRAND_1\",\"trlStart\":7,\"trlTarget\":5}").post(projects)
                .then().statusCode(400).body("violations.field", equalTo(List.of("trlTarget")));
        as(token).body("{\"title\":\"x\",\"instrument\":\"I3_STRAND_1\",\"trlStart\":0,\"trlTarget\":10}").post(projects)
                .then().statusCode(400).contentType(PROBLEM);
        as(token).body("{\"title\":\"x\",\"instrument\":\"GRANT\",\"trlStart\":1,\"trlTarget\":2}").post(projects)
                .then().statusCode(400).contentType(PROBLEM);
        as(token).body("{\"title\":\"x\",\"instrument\":\"ERDF\",\"trlStart\":1,\"trlTarget\":2,\"startsOn\":\"2027-01-01\","
                + "\"endsOn\":\"2026-01-01\"}").post(projects).then().statusCode(400).body("violations.field", equalTo(List.of("endsOn")));
        as(token).body("{\"title\":\"x\",\"instrument\":\"ERDF\",\"trlStart\":1,\"trlTarget\":2,\"organisations\":"
                + "[\"00000000-0000-4000-8000-000000000000\"]}").post(projects).then().statusCode(400)
                .body("violations.field", equalTo(List.of("organisations[0]")));
        Projects.record(token, id, Projects.body("ERDF", outsider)).then().statusCode(422)
                .body("type", equalTo("https://s3coop.org/problems/not-a-member"));
        as(token).body("{\"title\":\"x\",\"instrument\":\"ERDF\",\"trlStart\":1,\"trlTarget\":2,\"requestedEur\":-1}")
                .post(projects).then().statusCode(400);
        given().get(projects).then().statusCode(200).body("$", hasSize(0));
        given().get(projects + "/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        given().get(BASE + "/00000000-0000-4000-8000-000000000000/projects").then().statusCode(404);

        // a closed partnership's projects no longer change
        String project = Projects.recorded(token, id, Projects.body("ERDF", lead));
        Partnerships.transition(token, id, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}").then().statusCode(200);
        Projects.move(token, id, project, "PREPARE").then().statusCode(409)
                .body("type", equalTo("https://s3coop.org/problems/partnership-closed"));
        Projects.record(token, id, Projects.body("ERDF", lead)).then().statusCode(409);
    }
}
