package org.s3coop.challenge.service.command;

import java.util.UUID;

import org.s3coop.challenge.domain.Severity;

/** Describe a challenge anew; its scope and status do not change here; {@code meetingId} null keeps its meeting. */
public record UpdateChallenge(String cluster, String subDimension, String title, String description,
        Severity severity, UUID meetingId) {
}
