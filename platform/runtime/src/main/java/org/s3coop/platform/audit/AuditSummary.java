package org.s3coop.platform.audit;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an aggregate's audit trail holds, in short: how many changes of each action, and the latest ones. (No
 * class-level {@code @Schema}: a named schema would be a component of every service's document, used or not; the
 * operation that answers it describes it.)
 */
public record AuditSummary(
        @Schema(description = "Every entry of the trail", example = "17") long total,
        @Schema(description = "Action → number of entries, by action name")
        Map<String, Long> byAction,
        @Schema(description = "The latest entries, newest first") List<AuditEntry> latest) {
}
