package org.s3coop.challenge.domain;

/**
 * A vote a round's result does not count, and why: {@code REGION_RETIRED} — its region was retired before the
 * round closed ({@code retiredAt}, ISO-8601).
 */
public record ExcludedVote(String regionCode, String reason, String retiredAt) {
    public static final String REGION_RETIRED = "REGION_RETIRED";
}
