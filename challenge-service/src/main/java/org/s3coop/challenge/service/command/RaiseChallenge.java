package org.s3coop.challenge.service.command;

import java.util.UUID;

import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.domain.Severity;

/**
 * Raise a challenge on {@code scope} (as requested: its ref is checked by the service), at meeting {@code meetingId}
 * (optional).
 */
public record RaiseChallenge(String cluster, String subDimension, String title, String description, Scope scope,
        Severity severity, UUID meetingId) {
}
