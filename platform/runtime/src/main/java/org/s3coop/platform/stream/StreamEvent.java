package org.s3coop.platform.stream;

/**
 * One CloudEvent as the stream serves it. {@code json} is the SSE data, serialised once when the record is read:
 * {@code {"id","type","source","subject","time","data"}}. {@code seq} orders the stream of one service instance;
 * {@code position} is where the record was read and {@code cursor} the SSE id ({@link StreamCursor}), the same on
 * every instance.
 */
public record StreamEvent(long seq, String id, String type, String source, String subject, String time, String topic,
        String data, String json, StreamPosition position, String cursor) {

    StreamEvent(long seq) {
        this(seq, null, null, null, null, null, null, null, null, null, null);
    }
}
