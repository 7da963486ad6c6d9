package org.s3coop.platform.stream;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/**
 * One CloudEvent as the stream serves it. {@code json} is the SSE data, serialised once when the record is read:
 * {@code {"id","type","source","subject","time","data"}}. {@code seq} orders the stream of one service instance;
 * {@code position} is where the record was read and {@code cursor} the SSE id ({@link StreamCursor}), the same on
 * every instance. {@code frame} is the whole SSE event ({@link SseFrame}), built once and written to every subscriber;
 * {@code chunk} is the same frame as an HTTP/1.1 chunk, in the same memory ({@link SseFrame#chunk}).
 */
public record StreamEvent(long seq, String id, String type, String source, String subject, String time, String topic,
        String data, String json, StreamPosition position, String cursor, Buffer frame, ByteBuf chunk) {

    StreamEvent(long seq) {
        this(seq, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** An event of the stream, with its frame built from {@code cursor}, {@code type} and {@code json}. */
    public StreamEvent(long seq, String id, String type, String source, String subject, String time, String topic,
            String data, String json, StreamPosition position, String cursor) {
        this(seq, id, type, source, subject, time, topic, data, json, position, cursor,
                SseFrame.chunk(cursor, type, json));
    }

    private StreamEvent(long seq, String id, String type, String source, String subject, String time, String topic,
            String data, String json, StreamPosition position, String cursor, ByteBuf chunk) {
        this(seq, id, type, source, subject, time, topic, data, json, position, cursor, SseFrame.frame(chunk), chunk);
    }
}
