package org.s3coop.region.domain;

/**
 * Which regions a list shows: of a country, listing a priority code, active or retired, with a text in name or code;
 * {@code null} means any.
 */
public record RegionFilter(String country, String priority, Boolean active, String q) {
}
