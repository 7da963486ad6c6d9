package org.s3coop.partnership.rest.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.ProjectAction;
import org.s3coop.partnership.domain.ProjectStatus;
import org.s3coop.partnership.domain.ProjectTransition;

@Schema(name = "ProjectHistoryEntry", description = "One status change of an investment project")
public record ProjectHistoryEntryView(ProjectAction action, @Schema(nullable = true, description = "null for the first step") ProjectStatus from,
        ProjectStatus to, @Schema(nullable = true) String reason,
        @Schema(example = "editor-ES51") String actor, OffsetDateTime at,
        @Schema(description = "The project's version after this step") long version) {

    public static ProjectHistoryEntryView of(ProjectTransition t) {
        return new ProjectHistoryEntryView(t.action, t.fromStatus, t.toStatus, t.reason, t.actor, t.occurredAt, t.version);
    }
}
