package org.s3coop.partnership.service;

/**
 * What the caller expects of the version of the partnership it changes (REST: the If-Match header). Checked once the
 * row is locked, before anything else changes; throws 412 stale-version when the current version does not match.
 */
@FunctionalInterface
public interface ExpectedVersion {
    /** No expectation: the change applies to whatever version is current. */
    ExpectedVersion ANY = current -> {
    };

    void require(long current);
}
