package org.s3coop.platform.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

import jakarta.ws.rs.sse.OutboundSseEvent;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * One subscriber's connection: writes the stream's events to its HTTP response as their shared {@link SseFrame}s, on
 * the connection's event loop. RESTEasy Reactive still serves the response (status, headers, response filters, the
 * first comment {@code : stream open}, the end, and noticing a client that left), through {@code opened}, a
 * {@code Multi} of that one event that completes when the stream ends; everything after it is written here, so no
 * event is serialised per subscriber. What one drain delivers (a lagging subscriber's queued events) goes out as one
 * write, of the shared frames side by side (no copy). More events are requested only while the connection can take
 * them ({@code writeQueueFull}, then its drain handler), so a client that does not read leaves them in its counted
 * queue, which disconnects it when full, as before.
 */
final class SseConnection implements Flow.Subscriber<StreamEvent>, StreamSubscriber.Batching {
    /** Events requested ahead: the most one write carries. */
    static final int WINDOW = 64;

    private final HttpServerResponse response;
    private final MultiEmitter<? super OutboundSseEvent> opened;
    private final OutboundSseEvent openedEvent;
    private final List<Buffer> pending = new ArrayList<>();
    private Flow.Subscription subscription;
    /** Events delivered and written whose demand has not been renewed yet. */
    private int owed;

    SseConnection(HttpServerResponse response, MultiEmitter<? super OutboundSseEvent> opened,
            OutboundSseEvent openedEvent) {
        this.response = response;
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
            pending.add(e == StreamSubscriber.HEARTBEAT ? SseFrame.HEARTBEAT : e.frame());
        }
    }

    @Override
    public void endOfBatch() {
        write();
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
     * Writes what is pending as one buffer (one frame: the shared buffer itself); nothing once the response ended, and
     * nothing before RESTEasy wrote the head (with the first comment, which always comes first), so as not to write a
     * body without the stream's headers.
     */
    private void write() {
        if (pending.isEmpty()) {
            return;
        }
        if (response.ended() || response.closed()) {
            pending.clear();
            return;
        }
        if (!response.headWritten()) {
            return;
        }
        Buffer out;
        if (pending.size() == 1) {
            out = pending.get(0);
        } else { // the frames side by side, not copied (each an unreleasable view of the shared frame)
            ByteBuf[] frames = new ByteBuf[pending.size()];
            for (int i = 0; i < frames.length; i++) {
                frames[i] = pending.get(i).getByteBuf();
            }
            out = Buffer.buffer(Unpooled.wrappedBuffer(frames.length, frames));
        }
        pending.clear();
        response.write(out, null); // no promise and listener per write; a failed write closes the connection
    }
}
