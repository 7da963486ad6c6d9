package org.s3coop.challenge.service;

import java.util.List;

import org.s3coop.challenge.domain.Challenge;
import org.s3coop.challenge.domain.Solution;

/** A challenge with its solutions. */
public record ChallengeDetails(Challenge challenge, List<Solution> solutions) {
}
