package org.s3coop.challenge.service.command;

import org.s3coop.challenge.domain.Severity;

/** Describe a challenge anew; its scope and status do not change here. */
public record UpdateChallenge(String cluster, String subDimension, String title, String description,
        Severity severity) {
}
