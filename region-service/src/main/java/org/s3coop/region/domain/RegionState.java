package org.s3coop.region.domain;

import java.util.List;

/** What the audit trail compares of a region: the fields a command changes. */
public record RegionState(String name, String nutsVersion, List<Priority> priorities, boolean active) {
}
