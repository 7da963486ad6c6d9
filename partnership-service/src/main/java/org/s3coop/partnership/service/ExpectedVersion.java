package org.s3coop.partnership.service;

/**
 * What the caller expects of the version of the partnership it changes (REST: the If-Match header). Checked once the
 * row is locked, before anything changes; throws 412 stale-version when the current version does not match.
 */
@FunctionalInterface
public interface ExpectedVersion {
    void require(long current);
}
