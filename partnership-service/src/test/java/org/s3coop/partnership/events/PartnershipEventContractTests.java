package org.s3coop.partnership.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.s3coop.partnership.support.Partnerships.BASE;
import static org.s3coop.partnership.support.Partnerships.transition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.contracts.EventContract;
import org.s3coop.partnership.support.Challenges;
import org.s3coop.partnership.support.Kafka;
import org.s3coop.partnership.support.Partnerships;
import org.s3coop.partnership.support.Projects;
import org.s3coop.partnership.support.Regions;
import org.s3coop.platform.testing.CloudEventRecords;
import org.s3coop.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Producer contract: every event type partnership-service publishes, read back from the real broker, keeps its
 * message in docs/asyncapi.yaml (headers, key, data); and every type the document declares for
 * s3coop.partnerships.v1 is really emitted, each with its actor. The partnership is driven through the REST API;
 * gate-regressed and gate-restored follow a BLOCKING challenge raised and withdrawn, rescoping-recommended a region
 * event (a member retired), which is how the service produces them.
 */
@QuarkusTest
class PartnershipEventContractTests {
    private static final String TOPIC = Kafka.PARTNERSHIPS;
    private static final EventContract CONTRACT = EventContract.load();

    @Test
    void everyPartnershipEventKeepsTheContract() {
        String lead = Regions.known("ES", "C22");
        String partner = Regions.known("DE", "C22");
        String third = Regions.known("IT", "C22");
        String fourth = Regions.known("PL", "C22");
        String id = Partnerships.propose("C22", lead, partner);
        String token = TestTokens.editor(lead);
        String members = BASE + "/" + id + "/members/";
        // invited without a contribution (null contribution is part of the contract), accepts, is removed
        Partnerships.as(token).body("{\"role\":\"partner\"}").put(members + third).then().statusCode(200);
        Partnerships.decide(id, third, "ACCEPT").then().statusCode(200);
        Partnerships.as(token).delete(members + third).then().statusCode(200);
        // invited and declines; invited again and the invitation withdrawn
        Partnerships.as(token).body("{}").put(members + fourth).then().statusCode(200);
        Partnerships.decide(id, fourth, "DECLINE").then().statusCode(200);
        Partnerships.as(token).body("{}").put(members + fourth).then().statusCode(200);
        Partnerships.as(token).delete(members + fourth).then().statusCode(200);
        Partnerships.letter(id, lead, "2026-01-15", "2028-01-14").then().statusCode(200);
        Partnerships.scopingNote(lead, id);
        Partnerships.advance(token, id).then().statusCode(200);
        Partnerships.complementarityMap(lead, id, lead, partner);
        Partnerships.participant(token, id, "UNIVERSITY", lead);
        Partnerships.participant(TestTokens.editor(partner), id, "COMPANY", partner);
        // a BLOCKING challenge: the passed gate's NO_BLOCKING_CHALLENGE regresses; the leads dismiss the re-scoping;
        // withdrawn, the criterion holds again
        String challenge = UUID.randomUUID().toString();
        Challenges.awaitProcessed(Challenges.publish("raised", challenge, id, "BLOCKING", "OPEN", 1));
        transition(token, id, "{\"action\":\"DISMISS_RESCOPING\",\"reason\":\"the blocker is being handled\"}")
                .then().statusCode(200);
        Challenges.awaitProcessed(Challenges.publish("withdrawn", challenge, id, "BLOCKING", "WITHDRAWN", 2));
        Partnerships.advance(token, id).then().statusCode(200);
        transition(token, id, "{\"action\":\"REVERT\",\"targetStage\":\"MAPPING\",\"trigger\":"
                + "\"PARTICIPATION_CHANGED\",\"reason\":\"a partner left\"}").then().statusCode(200);
        Partnerships.advance(token, id).then().statusCode(200);
        Partnerships.pilotReport(lead, id);
        Partnerships.fundingPlan(lead, id);
        transition(token, id, "{\"action\":\"HOLD\"}").then().statusCode(200);
        transition(token, id, "{\"action\":\"RESUME\",\"reason\":\"call reopened\"}").then().statusCode(200);
        Partnerships.advance(token, id).then().statusCode(200);
        // an investment project: recorded, edited, moved
        String project = Projects.record(token, id, Projects.body("I3_STRAND_1", lead)).then().statusCode(201)
                .extract().path("id");
        Projects.update(token, id, project, Projects.body("ERDF", lead)).then().statusCode(200);
        Projects.move(token, id, project, "PREPARE").then().statusCode(200);
        // a monitoring report: drafted, submitted
        Partnerships.as(token).body("{\"narrative\":\"n\",\"values\":{\"JOBS_CREATED\":2}}").put(BASE + "/" + id
                + "/reports/2025-H2").then().statusCode(201);
        Partnerships.as(token).post(BASE + "/" + id + "/reports/2025-H2/submission").then().statusCode(200);
        transition(token, id, "{\"action\":\"CLOSE\",\"outcome\":\"DISCONTINUED\"}").then().statusCode(200);

        // a second, open partnership whose member is then retired: rescoping-recommended
        String other = Partnerships.propose("C22", lead, partner);
        Regions.publish(Regions.RETIRED, partner, 2, false, "C22");

        try (CloudEventRecords records = Kafka.reader(TOPIC)) {
            List<CloudEventRecords.Event> events = records.await(e -> id.equals(e.key()), 31, Duration.ofSeconds(30));
            List<CloudEventRecords.Event> rescoping = records.await(e -> other.equals(e.key()), 2, Duration.ofSeconds(30));
            Set<String> seen = new TreeSet<>();
            for (CloudEventRecords.Event e : concat(events, rescoping)) {
                CONTRACT.validate(e.headers(), e.key(), e.data());
                assertThat(e.data().hasNonNull("actor")).as("the actor of " + e.type()).isTrue();
                seen.add(e.type());
            }
            assertThat(seen).isEqualTo(new TreeSet<>(CONTRACT.typesOn(TOPIC)))
                    .isEqualTo(new TreeSet<>(CONTRACT.typesSentBy("partnership-service")));
        }
    }

    @Test
    void anEventCarriesTheFieldsThatDoNotConcernItAsNull() {
        // docs/api.md, "null, never absent": a fresh proposal has no outcome, no region concerned, no transition, no
        // project or report: each is there as an explicit null, and the event keeps its schema (every field required)
        String id = Partnerships.propose("C22", Regions.known("ES", "C22"), Regions.known("DE", "C22"));
        try (CloudEventRecords records = Kafka.reader(TOPIC)) {
            CloudEventRecords.Event proposed = records.await(e -> id.equals(e.key()), 1, Duration.ofSeconds(30)).get(0);
            CONTRACT.validate(proposed.headers(), proposed.key(), proposed.data());
            for (String field : List.of("outcome", "rescopingReason", "regionCode", "evidence", "regressed", "restored",
                    "from", "to", "action", "trigger", "reason", "at", "project", "report")) {
                assertThat(proposed.data().has(field)).as(field + " is present").isTrue();
                assertThat(proposed.data().get(field).isNull()).as(field + " is null").isTrue();
            }
            List<String> declared = new ArrayList<>();
            CONTRACT.message(proposed.type()).orElseThrow().payloadSchema().path("allOf").get(0).path("required")
                    .forEach(f -> declared.add(f.asText()));
            assertThat(proposed.data().fieldNames()).toIterable().containsAll(declared);
            assertThat(proposed.data().get("invitedMembers").isArray()).isTrue();
        }
    }

    private static List<CloudEventRecords.Event> concat(List<CloudEventRecords.Event> a, List<CloudEventRecords.Event> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
