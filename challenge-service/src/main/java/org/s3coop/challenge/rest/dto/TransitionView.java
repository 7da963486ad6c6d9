package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.ChallengeAction;
import org.s3coop.challenge.domain.ChallengeStatus;
import org.s3coop.challenge.domain.ChallengeTransition;

@Schema(name = "ChallengeTransition", description = "One status change of a challenge")
public record TransitionView(ChallengeAction action, ChallengeStatus from, ChallengeStatus to, String reason,
        String actor, OffsetDateTime at, @Schema(description = "The challenge's version after it") long version) {

    public static TransitionView of(ChallengeTransition t) {
        return new TransitionView(t.action, t.fromStatus, t.toStatus, t.reason, t.actor, t.at, t.version);
    }
}
