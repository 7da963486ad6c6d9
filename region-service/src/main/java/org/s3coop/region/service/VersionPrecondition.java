package org.s3coop.region.service;

/**
 * What the caller requires of an aggregate's current version before a change applies to it (over HTTP, its
 * {@code If-Match}). The service checks it on the locked row, so it holds for the change that follows.
 */
@FunctionalInterface
public interface VersionPrecondition {
    /** No requirement: the change applies to whatever version is current. */
    VersionPrecondition NONE = currentVersion -> {
    };

    /** Throws the problem to answer (412) when the change may not apply to {@code currentVersion}. */
    void check(long currentVersion);
}
