package org.s3coop.platform.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * The bytes of one Server-Sent Event as the stream writes them, built once per event and shared, read-only, by every
 * subscriber's connection. They are exactly what RESTEasy Reactive's SSE writer produced for the stream's events
 * before (issue 18, stop 24): {@code field:value} lines without a space, {@code content-type:text/plain} first (the
 * writer's own extension, ignored by EventSource), then {@code id}, {@code event} and {@code data} (a line break in
 * data starts another {@code data:} line; in the other fields, the value ends at it; a null field is left out), and
 * an empty line.
 *
 * <p>An event's frame lives inside its HTTP/1.1 chunk ({@link #chunk}: the size line, the frame, a line end), built in
 * the same buffer, so a connection with chunked transfer encoding writes the chunk as it is, with no framing per
 * write, and any other one the frame.
 */
public final class SseFrame {
    /** The comment sent every {@code s3coop.stream.heartbeat}. */
    public static final Buffer HEARTBEAT = shared(":keep-alive\n\n");

    private SseFrame() {
    }

    /** An event's frame: {@code content-type}, {@code id} (the cursor), {@code event} (the type), {@code data}. */
    public static Buffer of(String cursor, String type, String json) {
        return frame(chunk(cursor, type, json));
    }

    /**
     * An event's frame as one HTTP/1.1 chunk ({@code <size in hex>\r\n<frame>\r\n}, byte for byte what Netty's HTTP
     * encoder makes of a chunk of the frame), in direct memory; read-only and shared: write {@link #view}s of it.
     */
    static ByteBuf chunk(String cursor, String type, String json) {
        StringBuilder sb = new StringBuilder(64 + length(json) + length(cursor) + length(type));
        field(sb, "content-type", "text/plain", false);
        field(sb, "id", cursor, false);
        field(sb, "event", type, false);
        field(sb, "data", json, true);
        sb.append('\n');
        return chunkOf(sb.toString());
    }

    /** The frame inside {@code chunk} (the same memory), for a connection that frames its writes itself. */
    static Buffer frame(ByteBuf chunk) {
        int from = chunk.indexOf(0, chunk.readableBytes(), (byte) '\n') + 1;
        return Buffer.buffer(chunk.slice(from, chunk.readableBytes() - from - 2));
    }

    /**
     * A view of a shared chunk for one write: its own indices, the same memory, and Netty's release after the write
     * frees nothing (the chunk is freed with its event by the garbage collector).
     */
    static ByteBuf view(ByteBuf chunk) {
        return Unpooled.unreleasableBuffer(chunk.duplicate());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** As RESTEasy Reactive's {@code SseUtil.serialiseField}, which the stream's old output came from; null: none. */
    private static void field(StringBuilder sb, String name, String value, boolean multiLine) {
        if (value == null) {
            return;
        }
        sb.append(name).append(':');
        int n = value.indexOf('\n');
        int r = value.indexOf('\r');
        if (n == -1 && r == -1) {
            sb.append(value).append('\n');
        } else if (!multiLine) {
            sb.append(value, 0, Math.max(n, r)).append('\n');
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r') {
                    sb.append('\n').append(name).append(':');
                    if (c == '\n' && i + 1 < value.length() && value.charAt(i + 1) == '\r') {
                        i++;
                    }
                } else {
                    sb.append(c);
                }
            }
            sb.append('\n');
        }
    }

    /**
     * A buffer that any number of connections may write: Vert.x writes an unreleasable slice of it each time (its own
     * indices, the same memory), so nothing is copied or freed per connection. The bytes are in direct memory (a JDK
     * direct buffer, freed with it by the garbage collector): a socket write takes them as they are, where Netty copied
     * a heap buffer into a direct one for every write.
     */
    private static Buffer shared(String text) {
        return frame(chunkOf(text));
    }

    private static ByteBuf chunkOf(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] size = (Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer direct = ByteBuffer.allocateDirect(size.length + bytes.length + 2);
        direct.put(size).put(bytes).put((byte) '\r').put((byte) '\n').flip();
        return Unpooled.wrappedBuffer(direct);
    }
}
