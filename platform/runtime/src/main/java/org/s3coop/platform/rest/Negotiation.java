package org.s3coop.platform.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Which of the media types an operation offers answers a request, by its {@code Accept} in its order of preference
 * (quality first): the first offered type that a named (non-wildcard) accepted type matches; a wildcard ({@code *}/{@code *},
 * or none sent) takes the first offered. The operation declares the same types in {@code @Produces}, so JAX-RS has
 * answered 406 already when the request accepts none of them.
 */
public final class Negotiation {
    private Negotiation() {
    }

    public static MediaType choose(HttpHeaders headers, List<MediaType> offered) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (MediaType type : offered) {
                if (!accepted.isWildcardType() && accepted.isCompatible(type)) {
                    return type;
                }
            }
            if (accepted.isWildcardType()) {
                return offered.get(0);
            }
        }
        return offered.get(0);
    }
}
