package org.s3coop.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * Plain-text connections speak HTTP/1.1 only: no upgrade to cleartext HTTP/2 ({@code Upgrade: h2c}, which e.g. the
 * JDK's HttpClient asks for by default). The upgrade path reads a request body itself and answers one that is too
 * large with a bare 413 before any handler runs; without it every request meets {@link RequestLimits} and gets its
 * problem+json. HTTP/2 over TLS is not affected.
 */
@ApplicationScoped
public class ClearTextHttp1 implements HttpServerOptionsCustomizer {
    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
