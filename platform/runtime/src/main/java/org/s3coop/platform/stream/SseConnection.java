package org.s3coop.platform.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

import jakarta.ws.rs.sse.OutboundSseEvent;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * One subscriber's connection: writes the stream's events to its HTTP response as their shared {@link SseFrame}s, on
 * the connection's event loop. RESTEasy Reactive still serves the response (status, headers, response filters, the
 * first comment {@code : stream open}, the end, and noticing a client that left), through {@code opened}, a
 * {@code Multi} of that one event that completes when the stream ends; everything after it is written here, so no
 * event is serialised per subscriber. What one drain delivers (a lagging subscriber's queued events) goes out as one
 * write, of the shared frames side by side (no copy). More events are requested only while the connection can take
 * them ({@code writeQueueFull}, then its drain handler), so a client that does not read leaves them in its counted
 * queue, which disconnects it when full, as before.
 *
 * <p>On an HTTP/1.1 connection with chunked transfer encoding (every browser's, and the stream's own response headers
 * say so) an event's pre-encoded chunk ({@link StreamEvent#chunk}: size line, frame, line end, built once per event) is
 * written to the Netty pipeline just below Vert.x's HTTP encoder, which would otherwise build the same size line per
 * write: no Vert.x response bookkeeping, no idle handler's promise and listener, no encoder, one buffer per event and
 * one flush per delivery. The heartbeat still goes through the response (it keeps the connection's idle timer, which
 * the direct writes do not touch, from closing it: {@code s3coop.stream.heartbeat} must stay below
 * {@code quarkus.http.idle-timeout}, 15 s against 30 min by default). Not direct (and written through the response as
 * before): HTTP/2, a response that is not chunked, and a pipeline with a handler between the encoder and Vert.x that
 * could hold or transform a write (compression, a chunked-file writer).
 */
final class SseConnection implements Flow.Subscriber<StreamEvent>, StreamSubscriber.Batching {
    /** Events requested ahead: the most one write carries. */
    static final int WINDOW = 64;

    private final HttpServerResponse response;
    /** Where a pre-encoded chunk is written (the HTTP encoder's context), or null: through the response. */
    private final ChannelHandlerContext encoder;
    /** Whether the direct path is taken: decided once the head is written (then chunked or not). */
    private Boolean direct;
    private final MultiEmitter<? super OutboundSseEvent> opened;
    private final OutboundSseEvent openedEvent;
    private final List<StreamEvent> pending = new ArrayList<>();
    private Flow.Subscription subscription;
    /** Events delivered and written whose demand has not been renewed yet. */
    private int owed;

    SseConnection(HttpServerResponse response, HttpVersion version, HttpConnection connection,
            MultiEmitter<? super OutboundSseEvent> opened, OutboundSseEvent openedEvent) {
        this.response = response;
        this.encoder = encoderOf(version, connection);
        this.opened = opened;
        this.openedEvent = openedEvent;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(WINDOW);
    }

    @Override
    public void onNext(StreamEvent e) {
        owed++;
        if (e == StreamSubscriber.OPENED) {
            opened.emit(openedEvent); // RESTEasy writes the status, the headers and the comment now
        } else {
            pending.add(e);
        }
    }

    @Override
    public void endOfBatch() {
        write();
        if (owed < WINDOW / 2) {
            return; // demand is renewed in halves of the window, not per event: one request per 32 deliveries
        }
        if (response.writeQueueFull()) {
            response.drainHandler(v -> renew());
        } else {
            renew();
        }
    }

    @Override
    public void onError(Throwable t) {
        pending.clear();
        opened.fail(t);
    }

    @Override
    public void onComplete() {
        write();
        opened.complete(); // RESTEasy ends the response
    }

    private void renew() {
        int n = owed;
        owed = 0;
        if (n > 0) {
            subscription.request(n);
        }
    }

    /**
     * Writes what is pending: pre-encoded chunks straight to the pipeline, one flush ({@link #encoder}), or as one
     * buffer through the response (one frame: the shared buffer itself); nothing once the response ended, and nothing
     * before RESTEasy wrote the head (with the first comment, which always comes first), so as not to write a body
     * without the stream's headers.
     */
    private void write() {
        if (pending.isEmpty()) {
            return;
        }
        if (response.ended() || response.closed()) {
            pending.clear();
            return;
        }
        if (direct == null) { // decided once the head is written (it stays written: no lock per delivery to ask)
            if (!response.headWritten()) {
                return;
            }
            direct = encoder != null && response.isChunked();
        }
        if (direct) {
            for (StreamEvent e : pending) {
                if (e == StreamSubscriber.HEARTBEAT) {
                    response.write(SseFrame.HEARTBEAT, null); // through Vert.x: the idle timer sees it
                } else {
                    encoder.write(SseFrame.view(e.chunk()), encoder.voidPromise());
                }
            }
            pending.clear();
            encoder.flush();
            return;
        }
        Buffer out;
        if (pending.size() == 1) {
            out = frame(pending.get(0));
        } else { // the frames side by side, not copied (each an unreleasable view of the shared frame)
            ByteBuf[] frames = new ByteBuf[pending.size()];
            for (int i = 0; i < frames.length; i++) {
                frames[i] = frame(pending.get(i)).getByteBuf();
            }
            out = Buffer.buffer(Unpooled.wrappedBuffer(frames.length, frames));
        }
        pending.clear();
        response.write(out, null); // no promise and listener per write; a failed write closes the connection
    }

    private static Buffer frame(StreamEvent e) {
        return e == StreamSubscriber.HEARTBEAT ? SseFrame.HEARTBEAT : e.frame();
    }

    /**
     * The HTTP/1.x encoder's context of the connection's pipeline, when a write there reaches the socket as it is and in
     * order with the response's own writes: nothing between the encoder and Vert.x's handler that holds writes back
     * ({@link ChunkedWriteHandler}, present with TLS or compression) or changes them ({@link HttpContentCompressor}).
     * A failed write there fires the pipeline's {@code exceptionCaught}, which closes the connection, as a failed write
     * through the response does.
     */
    private static ChannelHandlerContext encoderOf(HttpVersion version, HttpConnection connection) {
        if (version == HttpVersion.HTTP_2 || !(connection instanceof ConnectionBase base)) {
            return null;
        }
        ChannelPipeline pipeline = base.channel().pipeline();
        if (pipeline.get(ChunkedWriteHandler.class) != null || pipeline.get(HttpContentCompressor.class) != null) {
            return null;
        }
        return pipeline.context(HttpResponseEncoder.class);
    }
}
