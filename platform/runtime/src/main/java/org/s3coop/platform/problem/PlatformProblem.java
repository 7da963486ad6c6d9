package org.s3coop.platform.problem;

/**
 * The problem types every service answers with, whatever its domain: bad input, authentication, versions, limits,
 * idempotency keys and infrastructure. A service's own types are in its catalogue (an enum implementing
 * {@link ProblemType}); docs/api.md lists them all, checked against the code by a test.
 */
public enum PlatformProblem implements ProblemType {
    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
    INVALID_VALUE("invalid-value", 400, "Invalid request"),
    UNAUTHENTICATED("unauthenticated", 401, "Unauthorized"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    CORS_ORIGIN_REFUSED("cors-origin-refused", 403, "Forbidden"),
    CORS_METHOD_REFUSED("cors-method-refused", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable"),
    DUPLICATE("duplicate", 409, "Conflict"),
    CONCURRENT_MODIFICATION("concurrent-modification", 409, "Conflict"),
    IDEMPOTENCY_KEY_IN_PROGRESS("idempotency-key-in-progress", 409, "Conflict"),
    STALE_VERSION("stale-version", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    URI_TOO_LONG("uri-too-long", 414, "URI Too Long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Unprocessable request"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request Header Fields Too Large"),
    INTERNAL("internal", 500, "Internal error"),
    UNAVAILABLE("unavailable", 503, "Service unavailable");

    private final String slug;
    private final int status;
    private final String title;

    PlatformProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
