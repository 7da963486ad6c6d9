package org.s3coop.challenge.service.command;

import org.s3coop.challenge.domain.ChallengeAction;

/** Change a challenge's status by {@code action}, for {@code reason} (kept in the history). */
public record TransitionChallenge(ChallengeAction action, String reason) {
}
