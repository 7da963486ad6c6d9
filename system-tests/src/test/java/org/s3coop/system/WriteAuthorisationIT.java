package org.s3coop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.s3coop.platform.testing.TestTokens;

import io.restassured.response.Response;

/**
 * Every write operation of the live OpenAPI documents, sent as a valid request: an editor of another region is
 * refused (403 problem+json, nothing changes), then the editor of the right region succeeds (2xx). The valid requests
 * come from {@link WriteFixtures}, keyed by operationId: an operation of the documents without a fixture fails the
 * test, so a new endpoint cannot slip through unchecked.
 */
@ExtendWith(Suite.class)
class WriteAuthorisationIT {

    @Test
    void anEditorChangesItsOwnRegionsOnly() {
        Map<String, LiveOpenApi.Operation> writes = new LinkedHashMap<>();
        for (Suite.Service service : List.of(Suite.region(), Suite.partnership(), Suite.challenge())) {
            LiveOpenApi.of(service).operations().stream().filter(LiveOpenApi.Operation::isWrite)
                    .forEach(op -> writes.put(op.operationId(), op));
        }
        WriteFixtures fixtures = WriteFixtures.create("QA");
        Map<String, WriteFixtures.Fixture> valid = fixtures.writes();
        assertThat(new TreeSet<>(valid.keySet()))
                .as("every write operation of the OpenAPI documents needs a valid request in WriteFixtures.writes()")
                .containsAll(writes.keySet());
        assertThat(new TreeSet<>(writes.keySet())).as("fixtures of operations the documents no longer have")
                .containsAll(valid.keySet());

        List<String> wrong = new ArrayList<>();
        for (WriteFixtures.Fixture fixture : valid.values()) {
            LiveOpenApi.Operation op = writes.get(fixture.operationId());
            String path = fixtures.path(op, fixture.pathParams());
            assertThat(path).as("path parameters of " + op).isNotNull();
            String method = op.method().toUpperCase();

            Response other = WriteFixtures.request(op.service(), TestTokens.editor(fixtures.stranger), method, path, fixture.body(),
                    op.requestContentType());
            if (other.statusCode() != 403 || !String.valueOf(other.getContentType()).startsWith("application/problem+json")) {
                wrong.add(op + " by the editor of " + fixtures.stranger + ": " + other.statusCode() + " " + other.asString());
            }
            Response right = WriteFixtures.request(op.service(), TestTokens.editor(fixture.editorRegion()), method, path,
                    fixture.body(), op.requestContentType());
            if (right.statusCode() / 100 != 2) {
                wrong.add(op + " by the editor of " + fixture.editorRegion() + ": " + right.statusCode() + " " + right.asString());
            }
        }
        assertThat(wrong).as("writes that did not answer 403 to another region's editor and 2xx to the right one").isEmpty();
    }
}
