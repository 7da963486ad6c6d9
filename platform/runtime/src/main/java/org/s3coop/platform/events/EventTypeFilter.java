package org.s3coop.platform.events;

/**
 * Which CloudEvent types a consumer reads: one producer's aggregate, at the major version it understands
 * ({@code org.s3coop.<aggregate>.<event>.v1}). Other types on the topic (another producer's, or a later major version
 * published beside v1) are skipped, not dead-lettered (docs/events.md, versioning).
 */
public record EventTypeFilter(String prefix, String versionSuffix) {

    public static EventTypeFilter v1Of(String aggregate) {
        return new EventTypeFilter("org.s3coop." + aggregate + ".", ".v1");
    }

    public boolean accepts(String type) {
        return type != null && type.startsWith(prefix) && type.endsWith(versionSuffix);
    }
}
