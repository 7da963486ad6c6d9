package org.s3coop.platform.webhooks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.s3coop.platform.time.UtcClock;
import org.s3coop.platform.webhooks.WebhookStore.Claimed;
import org.s3coop.platform.webhooks.WebhookStore.Outcome;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Sends one attempt of a delivery: a CloudEvent in HTTP binary mode (the data as the body, the attributes as
 * {@code ce-*} headers) signed as the Standard Webhooks specification says ({@code webhook-id}, the message id kept
 * across attempts; {@code webhook-timestamp}, this attempt's time; {@code webhook-signature}). The host is resolved
 * and checked by the {@link AddressGuard} here, and the connection goes to that checked address (the URL's host
 * stays in {@code Host} and TLS SNI). Redirects are not followed (a 3xx is a failed attempt); the answer's body is
 * not read; an attempt that has no answer within the delivery timeout fails.
 */
final class WebhookSender implements AutoCloseable {
    static final String USER_AGENT = "s3coop-webhooks/1";

    private final Vertx vertx;
    private final HttpClient client;
    private final AddressGuard guard;
    private final boolean allowHttp;
    private final Duration timeout;

    WebhookSender(Vertx vertx, AddressGuard guard, boolean allowHttp, Duration timeout, int concurrency) {
        this.vertx = vertx;
        this.guard = guard;
        this.allowHttp = allowHttp;
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false)
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setTrustAll(false)
                .setMaxPoolSize(Math.max(1, concurrency)));
    }

    /** Sends the attempt (resolving the host on the calling thread); completes with what the endpoint made of it. */
    CompletableFuture<Outcome> send(Claimed d) {
        DeliveryTarget target;
        InetAddress address;
        try {
            target = DeliveryTarget.parse(d.url(), allowHttp);
            List<InetAddress> addresses = guard.resolve(target.host());
            address = addresses.get(0);
        } catch (IllegalArgumentException | AddressGuard.RefusedAddressException e) {
            return CompletableFuture.completedFuture(new Outcome(d, 0, "not sent: url " + e.getMessage()));
        }
        long timestamp = UtcClock.now().toEpochSecond();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.host())
                .setPort(target.port()).setURI(target.requestUri()).setSsl(target.ssl()).setFollowRedirects(false)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, target.port())));
        headers(d, timestamp).forEach(options::putHeader);

        CompletableFuture<Outcome> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        AtomicBoolean ended = new AtomicBoolean();
        long timer = vertx.setTimer(timeout.toMillis(), id -> {
            result.complete(new Outcome(d, 0, "no answer within " + timeout.toMillis() + " ms"));
            HttpClientRequest r = sent.get();
            if (r != null && !ended.get()) {
                r.reset();
            }
        });
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                vertx.cancelTimer(timer);
                result.complete(new Outcome(d, 0, "cannot connect: " + opened.cause().getMessage()));
                return;
            }
            HttpClientRequest request = opened.result();
            sent.set(request);
            request.response().onComplete(answered -> {
                if (answered.failed()) {
                    vertx.cancelTimer(timer);
                    result.complete(new Outcome(d, 0, "no answer: " + answered.cause().getMessage()));
                    return;
                }
                int status = answered.result().statusCode();
                answered.result().handler(ignored -> {
                }).exceptionHandler(ignored -> {
                }).endHandler(v -> {
                    ended.set(true);
                    vertx.cancelTimer(timer);
                });
                result.complete(new Outcome(d, status, status >= 200 && status < 300 ? null
                        : status >= 300 && status < 400 ? "HTTP " + status + " (redirects are not followed)"
                        : "HTTP " + status));
            });
            request.end(Buffer.buffer(d.data()));
        });
        return result;
    }

    /** The headers of an attempt at {@code timestamp} (epoch seconds). */
    static Map<String, String> headers(Claimed d, long timestamp) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("User-Agent", USER_AGENT);
        h.put("ce-specversion", "1.0");
        h.put("ce-id", d.messageId());
        h.put("ce-type", d.type());
        h.put("ce-source", d.source());
        if (d.subject() != null) {
            h.put("ce-subject", d.subject());
        }
        h.put("ce-time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.time()));
        d.attributes().forEach((name, value) -> h.put(
                name.equals("traceparent") || name.equals("tracestate") ? name : "ce-" + name, value));
        h.put("webhook-id", d.messageId());
        h.put("webhook-timestamp", Long.toString(timestamp));
        h.put("webhook-signature", WebhookSignature.sign(WebhookSecret.key(d.secret()), d.messageId(), timestamp,
                d.data()));
        return h;
    }

    @Override
    public void close() {
        client.close();
    }
}
