package org.s3coop.partnership.rest;

import org.s3coop.partnership.service.ExpectedVersion;
import org.s3coop.platform.rest.Versions;

/** The If-Match header of a change, as the version the service expects (absent: any). */
final class IfMatch {
    private IfMatch() {
    }

    static ExpectedVersion of(String header) {
        return header == null ? ExpectedVersion.ANY : current -> Versions.checkIfMatch(header, current);
    }
}
