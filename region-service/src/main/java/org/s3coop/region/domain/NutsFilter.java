package org.s3coop.region.domain;

/**
 * Which codes of the classification a list shows: of a level, of a country, children of a parent, with a text in the
 * code or (accent-insensitive) in the name; {@code null} means any.
 */
public record NutsFilter(Integer level, String country, String parent, String q) {
}
