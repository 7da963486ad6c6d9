package org.s3coop.challenge.service;

/**
 * The version a client says it read (the resource's {@code If-Match}), checked against the current version once
 * the row is locked: fails with 412 {@code stale-version} when it names another one.
 */
@FunctionalInterface
public interface ExpectedVersion {
    void check(long current);
}
