package org.s3coop.challenge.rest.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.MeetingAction;

@Schema(name = "MeetingTransitionRequest", description = "MARK_HELD (PLANNED → HELD, from the meeting's date on), "
        + "PUBLISH_MINUTES (HELD → MINUTES_PUBLISHED, once it has minutes; then it no longer changes)")
public record MeetingTransitionRequest(@NotNull @Schema(required = true, example = "MARK_HELD") MeetingAction action) {
}
