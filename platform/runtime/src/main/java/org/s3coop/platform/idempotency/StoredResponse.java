package org.s3coop.platform.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The answer to the first request with a key, as recorded and as replayed to its retries. */
public record StoredResponse(int status, String location, String etag, String contentType, String body) {
    /** Header set on a replayed answer. */
    public static final String REPLAYED = "Idempotency-Replayed";

    /** What a resource method answered ({@link Response} or a plain entity, which JAX-RS sends as 200). */
    static StoredResponse of(Object result, ObjectMapper json) {
        if (result instanceof Response r) {
            String type = r.getMediaType() == null ? MediaType.APPLICATION_JSON : r.getMediaType().toString();
            return new StoredResponse(r.getStatus(), r.getHeaderString(HttpHeaders.LOCATION),
                    r.getHeaderString(HttpHeaders.ETAG), type, r.hasEntity() ? write(r.getEntity(), json) : null);
        }
        return new StoredResponse(200, null, null, MediaType.APPLICATION_JSON, result == null ? null : write(result, json));
    }

    /** The same status, Location, ETag, Content-Type and body, marked {@code Idempotency-Replayed: true}. */
    Response replay() {
        Response.ResponseBuilder r = Response.status(status).header(REPLAYED, "true");
        if (location != null) {
            r.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            r.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            r.entity(body).type(contentType);
        }
        return r.build();
    }

    private static String write(Object entity, ObjectMapper json) {
        if (entity instanceof String s) {
            return s;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be recorded as JSON", e);
        }
    }
}
