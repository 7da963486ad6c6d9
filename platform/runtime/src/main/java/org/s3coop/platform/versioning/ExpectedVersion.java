package org.s3coop.platform.versioning;

import org.s3coop.platform.rest.Versions;

/**
 * What the caller expects of the version of the aggregate it changes (over REST: the {@code If-Match} header).
 * Services check it once the row is locked, before anything changes; it throws 412 {@code stale-version} when the
 * current version does not match. Lives outside {@code platform.rest} so services take it without depending on REST.
 */
@FunctionalInterface
public interface ExpectedVersion {
    /** Any version (no If-Match sent). */
    ExpectedVersion ANY = current -> {
    };

    void require(long current);

    /** The request's If-Match header: absent means any version. */
    static ExpectedVersion ifMatch(String header) {
        return current -> Versions.checkIfMatch(header, current);
    }
}
