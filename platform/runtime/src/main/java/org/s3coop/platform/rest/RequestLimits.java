package org.s3coop.platform.rest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.s3coop.platform.problem.PlatformProblem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request limits of docs/api.md ("Limits"), answered with problem+json before anything else reads the request:
 * a request line longer than {@code s3coop.http.max-request-line} (414), headers larger than
 * {@code s3coop.http.max-header-size} (431), a body larger than {@code s3coop.http.max-body-size} (413; with
 * {@code Content-Length} before it is read, a chunked one as soon as it has grown past the limit).
 *
 * <p>The HTTP server (Vert.x) has limits of its own that it answers with a bare status before any handler runs
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}, {@code max-body-size}): the platform
 * sets them well above these (microprofile-config.properties), so every request a client can reasonably send meets
 * these limits first.
 */
@ApplicationScoped
public class RequestLimits {
    /** Before the framework's own handlers (its body-size check is at -2, CORS at -300). */
    static final int ORDER = -1000;

    @ConfigProperty(name = "s3coop.http.max-body-size", defaultValue = "65536")
    long maxBodySize;
    @ConfigProperty(name = "s3coop.http.max-request-line", defaultValue = "4096")
    int maxRequestLine;
    @ConfigProperty(name = "s3coop.http.max-header-size", defaultValue = "20480")
    int maxHeaderSize;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        int line = requestLineLength(request);
        if (line > maxRequestLine) {
            HttpProblem.send(rc, PlatformProblem.URI_TOO_LONG, "The request line has " + line + " bytes; at most "
                    + maxRequestLine + " are accepted (send long filters in fewer, shorter parameters)", true);
            return;
        }
        int headers = headerSize(request);
        if (headers > maxHeaderSize) {
            HttpProblem.send(rc, PlatformProblem.HEADERS_TOO_LARGE, "The request headers have " + headers
                    + " bytes; at most " + maxHeaderSize + " are accepted", true);
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            long size;
            try {
                size = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                size = Long.MAX_VALUE;
            }
            if (size > maxBodySize) {
                tooLarge(rc, "The request body has " + length + " bytes");
                return;
            }
            rc.next();
        } else if (request.getHeader("Transfer-Encoding") != null) {
            readChunked(rc);
        } else {
            rc.next();
        }
    }

    /**
     * A body without Content-Length: read here, counted as it arrives, and refused once it passes the limit; a body
     * within it is handed on as the request's body (the REST layer reads it from there).
     */
    private void readChunked(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodySize) {
                refused[0] = true;
                tooLarge(rc, "The request body has more than " + maxBodySize + " bytes");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        request.exceptionHandler(rc::fail);
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
        request.resume();
    }

    private void tooLarge(RoutingContext rc, String what) {
        HttpProblem.send(rc, PlatformProblem.PAYLOAD_TOO_LARGE, what + "; at most " + maxBodySize + " are accepted",
                true);
    }

    /** As the HTTP/1.1 decoder counts it: method, target and version, with their two spaces. */
    static int requestLineLength(HttpServerRequest request) {
        String uri = request.uri();
        return request.method().name().length() + 1 + (uri == null ? 0 : uri.length()) + 1 + "HTTP/1.1".length();
    }

    /** Names and values with their ": " and line ends. */
    static int headerSize(HttpServerRequest request) {
        int size = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            size += h.getKey().length() + h.getValue().length() + 4;
        }
        return size;
    }
}
