package org.s3coop.region.domain;

/**
 * From the cooperation read model: the asking region takes part, with region {@code partner}, in an active
 * partnership on priority {@code priorityKey} ({@code FAMILY:CODE}, as {@link Priority#key()} writes it).
 */
public record JointPartnership(String partner, String priorityKey) {
}
