package org.s3coop.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.rest.ProblemResponsesFilter;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of an aggregate's audit trail, as {@code GET .../{id}/audit} lists it. */
@Schema(name = "AuditEntry", description = "One change: who, when, what, and each changed field before and after")
public record AuditEntry(
        @Schema(description = "Ascending with time", example = "42") long id,
        @Schema(description = "What changed: the aggregate itself or one of its parts", example = "member") String entity,
        @Schema(description = "The part's id (a member's region code, a stakeholder's id), when it has one",
                example = "ITC4", nullable = true) String entityId,
        @Schema(description = "What was done", example = "UPDATE") String action,
        @Schema(description = "Who did it: the token's subject, or `system` for a change the service made itself "
                + "(from another service's event or a scheduled check)", example = "coordinator@es51") String actor,
        @Schema(description = "When", example = "2026-11-30T10:15:30.123456Z") OffsetDateTime at,
        @Schema(description = "The fields that changed, each with its value before and after") List<Change> changes) {

    @Schema(name = "AuditChange", description = "One changed field; `before` is null for a creation and `after` for a removal")
    public record Change(
            @Schema(example = "contribution") String field,
            @Schema(ref = ProblemResponsesFilter.JSON_VALUE) JsonNode before,
            @Schema(ref = ProblemResponsesFilter.JSON_VALUE) JsonNode after) {
    }
}
