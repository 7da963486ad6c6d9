package org.s3coop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;

/**
 * The fan-out's {@code frames} receiver ({@link Fanout.DataLines}): a stream cut into chunks anywhere — in a line, in
 * {@code data:}, right after a line's end, one byte at a time — yields every {@code data:} line once, whole and in
 * order, and every comment line, as the stream has them.
 */
class FanoutDataLinesTests {
    private static final int EVENTS = 50;

    @Test
    void everyDataLineOnceWholeAndInOrderHoweverTheStreamIsCut() {
        byte[] stream = stream();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            expected.add(" " + data(i));
        }
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            int largest = 1 + random.nextInt(seed % 4 == 0 ? 4 : 400);
            Received received = new Received();
            Fanout.DataLines lines = new Fanout.DataLines(received.comments::incrementAndGet, received::data);
            for (int at = 0; at < stream.length;) {
                int size = Math.min(stream.length - at, 1 + random.nextInt(largest));
                byte[] chunk = new byte[size];
                System.arraycopy(stream, at, chunk, 0, size);
                lines.handle(Buffer.buffer(chunk));
                at += size;
            }
            assertThat(received.data).as("seed %d, chunks of 1..%d bytes", seed, largest).isEqualTo(expected);
            assertThat(received.comments).as("seed %d: the opening comment and the heartbeat", seed).hasValue(2);
        }
    }

    @Test
    void aChunkOfSeveralWholeEventsHasOneReceiptTime() {
        Received received = new Received();
        new Fanout.DataLines(received.comments::incrementAndGet, received::data).handle(Buffer.buffer(stream()));
        assertThat(received.data).hasSize(EVENTS);
        assertThat(received.times).as("one clock reading for the chunk").hasSize(EVENTS).containsOnly(received.times.get(0));
    }

    /** What region-service writes: the opening comment, then events (id, event, data, blank line), a heartbeat. */
    private static byte[] stream() {
        StringBuilder s = new StringBuilder(": stream open\n\n");
        for (int i = 0; i < EVENTS; i++) {
            s.append("id: ").append(i).append('\n').append("event: org.s3coop.partnership.stage-advanced.v1\n")
                    .append("data: ").append(data(i)).append("\n\n");
            if (i == EVENTS / 2) {
                s.append(": heartbeat\n\n");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String data(int i) {
        return "{\"id\":\"event-" + i + "\",\"time\":\"2026-12-02T22:00:00." + String.format("%03d", i)
                + "Z\",\"type\":\"org.s3coop.partnership.stage-advanced.v1\",\"data\":{\"stage\":\"PILOT\",\"note\":\"données\"}}";
    }

    private static final class Received {
        final AtomicInteger comments = new AtomicInteger();
        final List<String> data = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        void data(io.netty.buffer.ByteBuf b, int from, int to, long nowMicros) {
            data.add(b.toString(from, to - from, StandardCharsets.UTF_8));
            times.add(nowMicros);
        }
    }
}
