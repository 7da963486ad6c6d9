package org.s3coop.platform.rest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * The per-request HTTP metrics the services keep: the request timer ({@code http_server_requests_seconds}, by method,
 * URI template, status and outcome: what the dashboards and alerts read, docs/operations.md) stays; the two size
 * summaries Quarkus records on every response ({@code http.server.bytes.read}, {@code http.server.bytes.written}:
 * each write of every response into a Prometheus summary, about 1 % of a single-resource read's CPU) are off unless
 * {@code s3coop.metrics.http-bytes=true}.
 */
@Singleton
public class HttpMeterFilter {
    static final String BYTES = "http.server.bytes.";

    @ConfigProperty(name = "s3coop.metrics.http-bytes", defaultValue = "false")
    boolean bytes;

    @Produces
    @Singleton
    MeterFilter httpBytes() {
        return bytes ? new MeterFilter() {
        } : MeterFilter.denyNameStartsWith(BYTES);
    }
}
