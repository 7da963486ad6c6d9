package org.s3coop.platform.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A subscription's endpoint: an absolute {@code https} URL (or {@code http} where {@code s3coop.webhooks.allow-http}
 * says so), with a host, without user information or fragment. {@code requestUri} is what is sent on the request
 * line (path and query).
 */
record DeliveryTarget(boolean ssl, String host, int port, String requestUri) {
    static final int MAX_LENGTH = 2000;

    /** The target of {@code url}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    static DeliveryTarget parse(String url, boolean allowHttp) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("must be an absolute https URL");
        }
        if (url.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new IllegalArgumentException(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must not carry user information; authenticate the deliveries by "
                    + "their signature");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must not have a fragment");
        }
        boolean ssl = scheme.equals("https");
        int port = uri.getPort() == -1 ? (ssl ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new DeliveryTarget(ssl, host, port, uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }
}
