package org.s3coop.challenge.service.command;

import org.s3coop.challenge.domain.Scope;
import org.s3coop.challenge.domain.Severity;

/** Raise a challenge on {@code scope} (as requested: its ref is checked by the service). */
public record RaiseChallenge(String cluster, String subDimension, String title, String description, Scope scope,
        Severity severity) {
}
