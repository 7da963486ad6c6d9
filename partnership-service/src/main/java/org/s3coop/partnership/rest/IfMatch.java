package org.s3coop.partnership.rest;

import org.s3coop.partnership.service.ExpectedVersion;
import org.s3coop.platform.rest.Versions;

/** The request's If-Match header, checked by the service on the locked partnership (absent: any version). */
final class IfMatch {
    private IfMatch() {
    }

    static ExpectedVersion of(String header) {
        return current -> Versions.checkIfMatch(header, current);
    }
}
