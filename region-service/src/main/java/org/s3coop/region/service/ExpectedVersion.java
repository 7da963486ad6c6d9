package org.s3coop.region.service;

/**
 * What the caller expects of the version of the region it changes (REST: the If-Match header). Checked once the row
 * is locked, before anything changes; throws 412 stale-version when the current version does not match.
 */
@FunctionalInterface
public interface ExpectedVersion {
    void require(long current);
}
