package org.s3coop.challenge.domain;

/**
 * Which challenges a list shows; null means "any". {@code partnership} matches challenges raised on that partnership;
 * {@code region} challenges raised on that region and on a partnership that region is a member of.
 */
public record ChallengeFilter(String cluster, ChallengeStatus status, Severity severity, String partnership,
        String region) {
}
