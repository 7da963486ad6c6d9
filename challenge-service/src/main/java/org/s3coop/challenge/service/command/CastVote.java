package org.s3coop.challenge.service.command;

import java.util.List;

/** Region {@code regionCode}'s ranking in {@code round}: the cluster codes, most critical first. */
public record CastVote(String round, String regionCode, List<String> clusters) {
}
