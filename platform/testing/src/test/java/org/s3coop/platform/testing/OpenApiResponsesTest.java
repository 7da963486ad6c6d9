package org.s3coop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiResponsesTest {
    private static final JsonNode DOC = read("""
            {"openapi":"3.1.0","paths":{
              "/api/v1/things/{id}":{"get":{"operationId":"getThing","responses":{
                "200":{"headers":{"ETag":{"$ref":"#/components/headers/ETag"}},
                       "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                "404":{"content":{"application/problem+json":{"schema":{"type":"object"}}}}}}},
              "/api/v1/things/summary":{"get":{"operationId":"summary","responses":{"200":{}}}}},
             "components":{
              "headers":{"ETag":{"required":true,"schema":{"type":"string","pattern":"^\\"[0-9]+\\"$"}}},
              "schemas":{"Thing":{"type":"object","required":["id","outcome","at"],"properties":{
                "id":{"type":"string","format":"uuid"},
                "outcome":{"type":["string","null"],"enum":["DONE",null]},
                "at":{"type":"string","format":"date-time"}}}}}}
            """);
    private static final String ID = "57442f5a-0c1e-4c7d-9a43-2b116f1c0d0e";

    @Test
    void anAnswerAsDeclaredPasses() {
        assertThat(violations("/api/v1/things/" + ID, answer(200, "{\"id\":\"" + ID
                + "\",\"outcome\":null,\"at\":\"2026-11-30T10:15:30Z\"}", Map.of("ETag", "\"3\"")))).isEmpty();
    }

    @Test
    void aMissingRequiredFieldANullWhereNoneIsDeclaredAndABadFormatFail() {
        assertThat(violations("/api/v1/things/" + ID, answer(200, "{\"id\":\"not-a-uuid\",\"at\":null}",
                Map.of("ETag", "\"3\"")))).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(v -> v.contains("outcome")).anyMatch(v -> v.contains("at")).anyMatch(v -> v.contains("id"));
    }

    @Test
    void anUndeclaredStatusMediaTypeOrHeaderAndAMissingRequiredHeaderFail() {
        assertThat(violations("/api/v1/things/" + ID, answer(409, "{}", Map.of()))).singleElement().asString()
                .contains("status 409");
        assertThat(violations("/api/v1/things/" + ID, new OpenApiResponses.Answer(404, "text/plain", "gone", Map.of())))
                .singleElement().asString().contains("media type 'text/plain'");
        assertThat(violations("/api/v1/things/summary", answer(200, "", Map.of("Location", "/x"))))
                .singleElement().asString().contains("Location is sent but not declared");
        assertThat(violations("/api/v1/things/" + ID, answer(200, "{\"id\":\"" + ID
                + "\",\"outcome\":\"DONE\",\"at\":\"2026-11-30T10:15:30Z\"}", Map.of()))).singleElement().asString()
                .contains("required header ETag");
    }

    @Test
    void literalSegmentsWinAndUnknownPathsAnswered404AreNotChecked() {
        List<String> violations = new ArrayList<>();
        assertThat(OpenApiResponses.check(DOC, "get", "/api/v1/things/summary", answer(200, "", Map.of()), violations))
                .isEqualTo("summary");
        assertThat(OpenApiResponses.check(DOC, "get", "/api/v1/nothing", answer(404, "", Map.of()), violations))
                .isNull();
        assertThat(violations).isEmpty();
        assertThat(OpenApiResponses.check(DOC, "get", "/api/v1/nothing", answer(200, "", Map.of()), violations))
                .isEqualTo("(none)");
        assertThat(violations).singleElement().asString().contains("no operation GET /api/v1/nothing");
    }

    private static List<String> violations(String path, OpenApiResponses.Answer answer) {
        List<String> violations = new ArrayList<>();
        OpenApiResponses.check(DOC, "get", path, answer, violations);
        return violations;
    }

    private static OpenApiResponses.Answer answer(int status, String body, Map<String, String> headers) {
        return new OpenApiResponses.Answer(status, status >= 400 ? "application/problem+json" : "application/json",
                body, headers);
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
