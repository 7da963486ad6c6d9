package org.s3coop.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Handler;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * The SSE side of the fan-out scenario: {@code n} subscribers of one stream URL, spread over the event loops (one
 * verticle per loop, each with its own client and connections), connected in batches. Each {@code data:} line is
 * told apart by the CloudEvent's {@code id} and timed from its {@code time} (found in the line's bytes, neither
 * decoded nor parsed as JSON: at 5,000 subscribers the generator reads 100,000 events per second); per event it counts
 * the receipts and keeps the latest (the time until every subscriber had it).
 *
 * <p>Two receivers, chosen by {@code BENCH_FANOUT_RECEIVER} ({@link #lines}). {@code lines} (the default; stop 27
 * and before) splits the body with a {@link RecordParser} (every line copied into a buffer of its own, five per event)
 * and reads the wall clock ({@link Instant#now}) per {@code data:} line. {@code frames} (stop 28; not the default until
 * a run has measured it against the old one) scans each chunk the HTTP client hands over in place for its
 * {@code data:} lines (a copy only of a line cut by a chunk's end) and takes the receipt time from
 * {@link System#nanoTime} against one wall-clock reading. Both count every event of every subscriber, and duplicates,
 * the same way; the receivers share two cores with the service, so a cheaper one takes less of the machine the
 * measured service needs (docs/performance.md, stop 28).
 */
final class Fanout {
    /** One event as the subscribers saw it. */
    static final class Tally {
        final long timeMicros;
        final AtomicInteger receipts = new AtomicInteger();
        final AtomicLong lastMicros = new AtomicLong();
        /** The first receipt (epoch micros; Long.MAX_VALUE until then). */
        final AtomicLong firstMicros = new AtomicLong(Long.MAX_VALUE);
        /** When the harness' own Kafka consumer read it (epoch micros; 0 until then). */
        volatile long kafkaMicros;

        Tally(long timeMicros) {
            this.timeMicros = timeMicros;
        }
    }

    private final boolean lines;
    private static final long BASE_MICROS = epochMicros(Instant.now());
    private static final long BASE_NANOS = System.nanoTime();

    private final Vertx vertx;
    private final URI uri;
    private final int loops;
    private final List<Subscribers> verticles = new ArrayList<>();
    final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger ended = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    /** The measured window, by the events' {@code time} (epoch micros): latencies are recorded for these only. */
    volatile long fromMicros = Long.MAX_VALUE;
    volatile long untilMicros = Long.MAX_VALUE;

    Fanout(Vertx vertx, String url, int loops, boolean lines) {
        this.vertx = vertx;
        this.lines = lines;
        this.uri = URI.create(url);
        this.loops = loops;
    }

    /**
     * Whether the measurement {@code name} uses the {@code lines} receiver: {@code BENCH_FANOUT_RECEIVER} is
     * {@code lines} (default), {@code frames}, or {@code frames-after} (the "after" half of an A/B with the new
     * receiver, the "before" half with the old one: both receivers in the same minutes, on the same code when the two
     * builds agree on the stream).
     */
    static boolean lines(String name) {
        String receiver = System.getenv().getOrDefault("BENCH_FANOUT_RECEIVER", "lines");
        return !("frames".equals(receiver) || "frames-after".equals(receiver) && !name.endsWith("before"));
    }

    /** Deploys one verticle per event loop. */
    void deploy() throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        vertx.deployVerticle(() -> {
            Subscribers s = new Subscribers();
            synchronized (verticles) {
                verticles.add(s);
            }
            return s;
        }, new DeploymentOptions().setInstances(loops)).onComplete(ar -> {
            if (ar.succeeded()) {
                done.complete(ar.result());
            } else {
                done.completeExceptionally(ar.cause());
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /**
     * Opens {@code n} subscribers, {@code batch} at a time, each batch spread over the loops; a batch is done when
     * each of its subscribers got the stream's first line ({@code : stream open}) or failed. Answers the seconds it took.
     */
    double connect(int n, int batch) throws Exception {
        long t0 = System.nanoTime();
        int opened = 0;
        while (opened < n) {
            int size = Math.min(batch, n - opened);
            List<Future<Void>> batchOpened = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Subscribers loop = verticles.get((opened + i) % verticles.size());
                Promise<Void> p = Promise.promise();
                loop.context.runOnContext(v -> loop.open().onComplete(p));
                batchOpened.add(p.future());
            }
            Future.join(batchOpened).toCompletionStage().toCompletableFuture().exceptionally(e -> null)
                    .get(120, TimeUnit.SECONDS);
            opened += size;
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The receipt latencies of every loop, added up (each loop's own, read on its loop). */
    Latencies latencies() throws Exception {
        Latencies all = new Latencies();
        for (Subscribers s : verticles) {
            CompletableFuture<Void> added = new CompletableFuture<>();
            s.context.runOnContext(v -> {
                synchronized (all) {
                    all.add(s.latencies);
                }
                added.complete(null);
            });
            added.get(30, TimeUnit.SECONDS);
        }
        return all;
    }

    /** The events of {@code ids} not yet received by every one of {@code subscribers}. */
    long incomplete(Set<String> ids, int subscribers) {
        return ids.stream().filter(id -> {
            Tally t = tallies.get(id);
            return t == null || t.receipts.get() < subscribers;
        }).count();
    }

    /** The event {@code id} (ce_time {@code time}) was read from the topic at {@code now}. */
    void onTopic(String id, Instant time, Instant now) {
        tallies.computeIfAbsent(id, k -> new Tally(epochMicros(time))).kafkaMicros = epochMicros(now);
    }

    /**
     * Per-event figures over {@code ids}: receipts, misses, duplicates, the time until the last subscriber had it
     * (from ce_time, and from when a Kafka consumer of the harness read it: the fan-out's own share) and ce_time → that
     * Kafka consumer (the write path, relay and broker before the fan-out).
     */
    Map<String, Object> count(Set<String> ids, int subscribers) {
        long receipts = 0;
        long misses = 0;
        long duplicates = 0;
        long eventsMissed = 0;
        Latencies last = new Latencies();
        Latencies lastFromTopic = new Latencies();
        Latencies topic = new Latencies();
        List<long[]> timeline = new ArrayList<>();
        for (String id : ids) {
            Tally t = tallies.get(id);
            int got = t == null ? 0 : t.receipts.get();
            receipts += got;
            misses += Math.max(0, subscribers - got);
            duplicates += Math.max(0, got - subscribers);
            eventsMissed += got < subscribers ? 1 : 0;
            if (t != null && got > 0) {
                last.recordMicros(t.lastMicros.get() - t.timeMicros);
            }
            if (t != null) {
                timeline.add(new long[] {t.timeMicros, t.kafkaMicros, got > 0 ? t.firstMicros.get() : 0,
                        got > 0 ? t.lastMicros.get() : 0, got});
            }
            if (t != null && t.kafkaMicros > 0) {
                topic.recordMicros(t.kafkaMicros - t.timeMicros);
                if (got > 0) {
                    lastFromTopic.recordMicros(t.lastMicros.get() - t.kafkaMicros);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", ids.size());
        out.put("receipts", receipts);
        out.put("expected", (long) ids.size() * subscribers);
        out.put("misses", misses);
        out.put("duplicates", duplicates);
        out.put("eventsNotReceivedByAll", eventsMissed);
        out.put("last", last.result("ce_time → last subscriber", 0));
        out.put("lastFromTopic", lastFromTopic.result("topic → last subscriber", 0));
        out.put("topic", topic.result("ce_time → Kafka consumer", 0));
        // per event, by ce_time: ce_time, on the topic, first and last receipt (epoch micros), receipts; what a run's
        // latency did over its window (a backlog that grows, a stall, a burst), next to the services' GC logs
        timeline.sort(java.util.Comparator.comparingLong(a -> a[0]));
        out.put("timeline", timeline);
        return out;
    }

    static long epochMicros(Instant i) {
        return i.getEpochSecond() * 1_000_000 + i.getNano() / 1_000;
    }

    /**
     * The {@code frames} receiver of one subscriber: each {@code data:} line of a chunk the HTTP client hands over is
     * read where it is (its value's bytes handed to the sink, with one receipt time per chunk), a comment line
     * ({@code :}) reported, a line cut by the chunk's end kept (copied) until the next chunk completes it.
     */
    static final class DataLines implements Handler<Buffer> {
        /** A {@code data:} line: its value is {@code b}'s bytes {@code from} to {@code to}, received at {@code nowMicros}. */
        interface Sink {
            void data(ByteBuf b, int from, int to, long nowMicros);
        }

        private final Runnable comment;
        private final Sink sink;
        private byte[] partial;

        DataLines(Runnable comment, Sink sink) {
            this.comment = comment;
            this.sink = sink;
        }

        @Override
        public void handle(Buffer chunk) {
            ByteBuf b = chunk.getByteBuf();
            if (partial != null) {
                b = Unpooled.wrappedBuffer(Unpooled.wrappedBuffer(partial), b);
                partial = null;
            }
            long now = -1;
            int end = b.writerIndex();
            int at = b.readerIndex();
            while (at < end) {
                int nl = b.indexOf(at, end, (byte) '\n');
                if (nl < 0) {
                    partial = new byte[end - at];
                    b.getBytes(at, partial);
                    return;
                }
                if (nl > at) {
                    byte c = b.getByte(at);
                    if (c == ':') {
                        comment.run();
                    } else if (c == 'd' && nl - at >= 5 && b.getByte(at + 4) == ':' && b.getByte(at + 1) == 'a') {
                        if (now < 0) {
                            now = BASE_MICROS + (System.nanoTime() - BASE_NANOS) / 1_000;
                        }
                        sink.data(b, at + 5, nl, now);
                    }
                }
                at = nl + 1;
            }
        }
    }

    private static final byte[] ID = "\"id\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIME = "\"time\":\"".getBytes(StandardCharsets.US_ASCII);

    /** The subscribers of one event loop. */
    private final class Subscribers extends AbstractVerticle {
        io.vertx.core.Context context;
        HttpClient client;
        final Latencies latencies = new Latencies();

        @Override
        public void start() {
            context = vertx.getOrCreateContext();
            client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost())
                    .setDefaultPort(uri.getPort()).setKeepAlive(false).setIdleTimeout(0),
                    new PoolOptions().setHttp1MaxSize(100_000).setMaxWaitQueueSize(-1));
        }

        /** One subscriber; completes on its first line. */
        Future<Void> open() {
            Promise<Void> first = Promise.promise();
            client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).addHeader("Accept", "text/event-stream"))
                    .compose(req -> req.send()).onSuccess(resp -> {
                        if (resp.statusCode() != 200) {
                            failed.incrementAndGet();
                            first.tryComplete();
                            return;
                        }
                        open.incrementAndGet();
                        resp.handler(lines ? RecordParser.newDelimited("\n", line -> line(line, first))
                                : new DataLines(first::tryComplete, this::receipt));
                        resp.endHandler(v -> ended.incrementAndGet());
                        resp.exceptionHandler(e -> ended.incrementAndGet());
                    }).onFailure(e -> {
                        failed.incrementAndGet();
                        first.tryComplete();
                    });
            return first.future();
        }

        private void line(Buffer line, Promise<Void> first) {
            if (line.length() > 0 && line.getByte(0) == ':') {
                first.tryComplete();
                return;
            }
            if (line.length() < 5 || line.getByte(0) != 'd') {
                return;
            }
            long now = epochMicros(Instant.now());
            String id = field(line, ID);
            if (id == null) {
                latencies.error();
                return;
            }
            Tally t = tallies.get(id);
            if (t == null) {
                String time = field(line, TIME);
                t = tallies.computeIfAbsent(id, k -> new Tally(time == null ? now : epochMicros(Instant.parse(time))));
            }
            t.receipts.incrementAndGet();
            t.lastMicros.accumulateAndGet(now, Math::max);
            if (now < t.firstMicros.get()) {
                t.firstMicros.accumulateAndGet(now, Math::min);
            }
            if (t.timeMicros >= fromMicros && t.timeMicros < untilMicros) {
                latencies.recordMicros(now - t.timeMicros);
            }
        }

        /** A {@code data:} line's receipt at {@code now}: its value is {@code b}'s bytes {@code from} to {@code to}. */
        private void receipt(ByteBuf b, int from, int to, long now) {
            String id = field(b, from, to, ID);
            if (id == null) {
                latencies.error();
                return;
            }
            Tally t = tallies.get(id);
            if (t == null) {
                String time = field(b, from, to, TIME);
                t = tallies.computeIfAbsent(id, k -> new Tally(time == null ? now : epochMicros(Instant.parse(time))));
            }
            t.receipts.incrementAndGet();
            t.lastMicros.accumulateAndGet(now, Math::max);
            if (now < t.firstMicros.get()) {
                t.firstMicros.accumulateAndGet(now, Math::min);
            }
            if (t.timeMicros >= fromMicros && t.timeMicros < untilMicros) {
                latencies.recordMicros(now - t.timeMicros);
            }
        }

        /** As {@link #field(Buffer, byte[])}, in {@code b}'s bytes {@code from} to {@code to}. */
        private static String field(ByteBuf b, int from, int to, byte[] key) {
            int last = to - key.length;
            for (int at = from; at <= last; at++) {
                int k = 0;
                while (k < key.length && b.getByte(at + k) == key[k]) {
                    k++;
                }
                if (k == key.length) {
                    int start = at + key.length;
                    int quote = b.indexOf(start, to, (byte) '"');
                    return quote < 0 ? null : b.toString(start, quote - start, StandardCharsets.US_ASCII);
                }
            }
            return null;
        }

        /**
         * The string value of the first {@code key} in the line, read from its bytes (the CloudEvent's id comes first
         * in the data, so only a few bytes are looked at and nothing else of the line is decoded).
         */
        private static String field(Buffer line, byte[] key) {
            int last = line.length() - key.length;
            for (int at = 0; at <= last; at++) {
                int k = 0;
                while (k < key.length && line.getByte(at + k) == key[k]) {
                    k++;
                }
                if (k == key.length) {
                    int from = at + key.length;
                    for (int to = from; to < line.length(); to++) {
                        if (line.getByte(to) == '"') {
                            return line.getString(from, to, "US-ASCII");
                        }
                    }
                    return null;
                }
            }
            return null;
        }
    }
}
