package org.s3coop.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * The load generator: its own JVM (started by {@link BenchRun}), one Vert.x event loop driving HTTP/1.1 keep-alive
 * connections. Reads a {@link LoadSpec}, writes a JSON map of {@link Result}s to {@code spec.out}.
 */
public final class LoadGenerator {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADVANCE = "{\"action\":\"ADVANCE\"}";
    private static final String REVERT = "{\"action\":\"REVERT\",\"targetStage\":\"SCOPING\",\"trigger\":\"OTHER\","
            + "\"reason\":\"benchmark cycle\"}";
    private static final String STAGE_EVENTS = "org.s3coop.partnership.stage-";
    /** The event loops that hold the fan-out's SSE subscribers (one more drives the transitions). */
    private static final int FANOUT_LOOPS = 4;

    private final LoadSpec spec;
    private final Vertx vertx;
    private final HttpClient http;
    private final URI base;

    private LoadGenerator(LoadSpec spec) {
        this.spec = spec;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize("fanout".equals(spec.mode()) ? FANOUT_LOOPS + 1 : 1)
                .setWorkerPoolSize(2));
        this.base = URI.create(spec.baseUrl() == null ? "http://localhost:1" : spec.baseUrl());
        int pool = Math.max(1, spec.connections());
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort()), new PoolOptions().setHttp1MaxSize(pool).setMaxWaitQueueSize(-1));
    }

    public static void main(String[] args) throws Exception {
        LoadSpec spec = JSON.readValue(Path.of(args[0]).toFile(), LoadSpec.class);
        LoadGenerator generator = new LoadGenerator(spec);
        Map<String, Object> results;
        try {
            results = switch (spec.mode()) {
                case "closed" -> Map.of("http", generator.closedReads());
                case "open" -> Map.of("http", generator.openReads());
                case "writes" -> generator.writes();
                case "latency" -> generator.latency();
                case "kafka-baseline" -> Map.of("kafka", generator.kafkaBaseline());
                case "fanout" -> generator.fanout();
                default -> throw new IllegalArgumentException("unknown mode " + spec.mode());
            };
        } finally {
            generator.vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(spec.out()).toFile(), results);
        System.exit(0);
    }

    // ---------------------------------------------------------------- reads

    private List<String> mix() {
        Random random = new Random(spec.seed());
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            mix.add(spec.paths().get(random.nextInt(spec.paths().size())));
        }
        return mix;
    }

    private Future<Integer> get(String path) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(path).setIdleTimeout(60_000)
                .addHeader("Accept", "application/json");
        return http.request(options).compose(req -> req.send().compose(resp -> resp.body().map(b -> resp.statusCode())));
    }

    /** Saturation: {@code connections} workers, each sending as soon as its last request answered. */
    private Result closedReads() throws Exception {
        List<String> mix = mix();
        return closedLoop(worker -> {
            int[] i = { worker * 97 };
            return () -> get(mix.get(i[0]++ % mix.size())).map(status -> status == 200);
        });
    }

    /** Fixed rate, latency from each request's intended send time. */
    private Result openReads() throws Exception {
        List<String> mix = mix();
        AtomicLong n = new AtomicLong();
        return openLoop(() -> get(mix.get((int) (n.getAndIncrement() % mix.size()))).map(status -> status == 200));
    }

    interface Request {
        /** Sends one request; true when it succeeded. */
        Future<Boolean> send();
    }

    private Result closedLoop(java.util.function.IntFunction<Request> workers) throws Exception {
        long warmup = nanos(spec.warmupSeconds());
        long measure = nanos(spec.seconds());
        long start = System.nanoTime();
        long from = start + warmup;
        long until = from + measure;
        Latencies latencies = new Latencies();
        CountDownLatch done = new CountDownLatch(spec.connections());
        vertx.runOnContext(v -> {
            for (int w = 0; w < spec.connections(); w++) {
                loop(workers.apply(w), latencies, from, until, done);
            }
        });
        if (!done.await(warmup + measure + nanos(120), TimeUnit.NANOSECONDS)) {
            System.err.println("closed loop: requests still unanswered 120 s after the end");
        }
        return onLoop(() -> latencies.result(spec.name(), spec.seconds()));
    }

    private void loop(Request request, Latencies latencies, long from, long until, CountDownLatch done) {
        long t0 = System.nanoTime();
        if (t0 >= until) {
            done.countDown();
            return;
        }
        request.send().onComplete(ar -> {
            // measured: what was sent in the window, and what was sent before it but answered in it (a request that
            // takes longer than the warm-up must not vanish from the figures)
            if (t0 >= from || System.nanoTime() >= from) {
                if (ar.succeeded() && ar.result()) {
                    latencies.recordNanos(System.nanoTime() - t0);
                } else {
                    latencies.error();
                }
            }
            loop(request, latencies, from, until, done);
        });
    }

    private Result openLoop(Request request) throws Exception {
        return openLoop(request, System.nanoTime() + nanos(0.05));
    }

    /** The open loop from {@code start} ({@code System.nanoTime}): its first intended send; measured after the warm-up. */
    private Result openLoop(Request request, long start) throws Exception {
        double rate = spec.rate();
        long warmup = nanos(spec.warmupSeconds());
        long from = start + warmup;
        long until = from + nanos(spec.seconds());
        Latencies latencies = new Latencies();
        AtomicLong inFlight = new AtomicLong();
        CompletableFuture<Void> sentAll = new CompletableFuture<>();
        long[] sent = { 0 };
        vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            long next = start + (long) (sent[0] * 1e9 / rate);
            while (next <= now && next < until) {
                long intended = next;
                inFlight.incrementAndGet();
                request.send().onComplete(ar -> {
                    inFlight.decrementAndGet();
                    if (intended >= from) {
                        if (ar.succeeded() && ar.result()) {
                            latencies.recordNanos(System.nanoTime() - intended);
                        } else {
                            latencies.error();
                        }
                    }
                });
                sent[0]++;
                next = start + (long) (sent[0] * 1e9 / rate);
            }
            if (next >= until) {
                vertx.cancelTimer(timer);
                sentAll.complete(null);
            }
        });
        sentAll.get(warmup + nanos(spec.seconds()) + nanos(60), TimeUnit.NANOSECONDS);
        long deadline = System.nanoTime() + nanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            onLoop(() -> null); // wait for the last answers, one event-loop round trip at a time
        }
        return onLoop(() -> {
            for (long i = 0; i < inFlight.get(); i++) {
                latencies.error();
            }
            return latencies.result(spec.name(), spec.seconds());
        });
    }

    private <T> T onLoop(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        vertx.setTimer(5, t -> {
            try {
                result.complete(task.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    // ---------------------------------------------------------------- writes

    /** One partnership cycling SCOPING → MAPPING (ADVANCE, through the gate) → SCOPING (REVERT). */
    private final class Cycle {
        final String path;
        boolean atScoping = true;

        Cycle(String id) {
            this.path = "/api/v1/partnerships/" + id + "/transitions";
        }

        Future<Boolean> step() {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(path)
                    .setIdleTimeout(60_000).addHeader("Content-Type", "application/json")
                    .addHeader("Authorization", "Bearer " + spec.token());
            String body = atScoping ? ADVANCE : REVERT;
            return http.request(options).compose(req -> req.send(Buffer.buffer(body)).compose(resp -> resp.body()
                    .map(b -> {
                        if (resp.statusCode() == 200) {
                            atScoping = !atScoping;
                            accepted.incrementAndGet();
                            return true;
                        }
                        String problem = resp.statusCode() == 409 ? b.toString() : "";
                        // a partnership left in MAPPING by an earlier scenario refuses ADVANCE (the next gate is not
                        // met); one in SCOPING refuses REVERT: resynchronise with its real stage (the warm-up does)
                        if (problem.contains("cannot advance from MAPPING")) {
                            atScoping = false;
                        } else if (problem.contains("not before it")) {
                            atScoping = true;
                        }
                        if (rejected.merge(resp.statusCode(), 1L, Long::sum) <= 3) {
                            System.out.println("refused: " + resp.statusCode() + " " + b); // the first few, for the log
                        }
                        return false;
                    })));
        }
    }

    private final AtomicLong accepted = new AtomicLong();
    private final Map<Integer, Long> rejected = new java.util.concurrent.ConcurrentHashMap<>();

    /** Closed-loop transitions; then counts their events on the topic. */
    private Map<String, Object> writes() throws Exception {
        List<Cycle> cycles = spec.partnerships().stream().map(Cycle::new).toList();
        Map<TopicPartition, Long> startOffsets = Map.of();
        if (spec.topic() != null) { // the write baseline has no relay: nothing to count
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = partitions(consumer);
                startOffsets = consumer.endOffsets(partitions);
            }
        }
        long acceptedBefore = accepted.get();
        Result result = closedLoop(worker -> {
            List<Cycle> mine = new ArrayList<>();
            for (int i = worker; i < cycles.size(); i += spec.connections()) {
                mine.add(cycles.get(i));
            }
            int[] next = { 0 };
            return () -> mine.get(next[0]++ % mine.size()).step();
        });
        long acceptedAll = accepted.get() - acceptedBefore; // warm-up included: every accepted one must be on the topic
        long events = spec.topic() == null ? 0 : countStageEvents(startOffsets, acceptedAll);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("http", result);
        out.put("accepted", acceptedAll);
        out.put("events", events);
        out.put("rejected", new HashMap<>(rejected));
        return out;
    }

    private long countStageEvents(Map<TopicPartition, Long> from, long expected) {
        long count = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long lastProgress = System.nanoTime();
            while (count < expected && System.nanoTime() - lastProgress < nanos(20)) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : records) {
                    if (header(r, "ce_type").startsWith(STAGE_EVENTS)) {
                        count++;
                    }
                }
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                }
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- event latency

    /**
     * Transitions at {@code rate}/s; a Kafka consumer and an SSE client, both listening before the first write, time
     * each stage event whose ce_time is in the open loop's measured window ({@link EventWindow}: one window for the
     * writes and the events), and count every event they receive: after the open loop, each is drained until it has
     * received as many distinct events as transitions were accepted (warm-up included), bounded.
     */
    private Map<String, Object> latency() throws Exception {
        List<Cycle> cycles = spec.partnerships().stream().map(Cycle::new).toList();
        Receipts kafka = new Receipts();
        Receipts sse = new Receipts();
        AtomicBoolean stop = new AtomicBoolean();
        Thread kafkaThread = stageEvents(Instant.EPOCH, Instant.MAX, stop,
                (r, time, now) -> kafka.add(header(r, "ce_id"), time, Instant.ofEpochMilli(r.timestamp()), now));
        CompletableFuture<Void> sseReady = new CompletableFuture<>();
        URI sseUri = URI.create(spec.sseUrl());
        HttpClient sseClient = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(sseUri.getHost())
                .setDefaultPort(sseUri.getPort()));
        sseClient.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(sseUri.getRawPath() + "?"
                + sseUri.getRawQuery()).addHeader("Accept", "text/event-stream")).compose(req -> req.send())
                .onSuccess(resp -> {
                    RecordParser lines = RecordParser.newDelimited("\n", line -> {
                        String text = line.toString(StandardCharsets.UTF_8);
                        if (text.startsWith(":")) {
                            sseReady.complete(null);
                        } else if (text.startsWith("data:")) {
                            Instant now = Instant.now();
                            try {
                                var event = JSON.readTree(text.substring(5).trim());
                                sse.add(event.path("id").asText(), Instant.parse(event.path("time").asText()), now);
                            } catch (Exception e) {
                                sse.unreadable();
                            }
                        }
                    });
                    resp.handler(lines);
                }).onFailure(sseReady::completeExceptionally);
        sseReady.get(60, TimeUnit.SECONDS);
        long start = System.nanoTime() + nanos(0.05);
        EventWindow window = EventWindow.of(start, nanos(spec.warmupSeconds()), nanos(spec.seconds()),
                System.nanoTime(), Instant.now());
        long acceptedBefore = accepted.get();
        Result http = openLoop(transitions(cycles), start);
        long acceptedAll = accepted.get() - acceptedBefore;
        // the last events: wait until the subscribers saw every accepted transition's, bounded
        long deadline = System.nanoTime() + nanos(15);
        while (System.nanoTime() < deadline && (sse.distinct() < acceptedAll || kafka.distinct() < acceptedAll)) {
            onLoop(() -> null);
        }
        stop.set(true);
        kafkaThread.join(10_000);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("http", http);
        out.put("kafka", kafka.latencies(window).result("kafka subscriber", spec.seconds()));
        out.put("sse", sse.latencies(window).result("sse subscriber", spec.seconds()));
        Latencies[] split = kafka.split(window);
        out.put("kafkaToHandOver", split[0].result("ce_time → hand-over (CreateTime)", spec.seconds()));
        out.put("kafkaFromHandOver", split[1].result("hand-over → kafka subscriber", spec.seconds()));
        out.put("accepted", acceptedAll);
        out.put("kafkaReceived", kafka.distinct());
        out.put("sseReceived", sse.distinct());
        return out;
    }

    /** The next partnership not waiting for an answer, stepped; false when all are busy. */
    private Request transitions(List<Cycle> cycles) {
        java.util.Set<Cycle> busy = java.util.concurrent.ConcurrentHashMap.newKeySet();
        int[] next = { 0 };
        return () -> {
            for (int i = 0; i < cycles.size(); i++) {
                Cycle c = cycles.get(next[0]++ % cycles.size());
                if (busy.add(c)) {
                    return c.step().onComplete(ar -> busy.remove(c));
                }
            }
            return Future.succeededFuture(false);
        };
    }

    interface StageEvent {
        /** A stage event read from the topic: its record, its ce_time and when it was read. */
        void read(ConsumerRecord<String, String> r, Instant time, Instant now);
    }

    /**
     * A Kafka consumer on every partition of {@code spec.topic}, from its end (started and positioned when this
     * returns), handing each stage event whose ce_time is in [from, until) to {@code handler} until {@code stop}.
     */
    private Thread stageEvents(Instant from, Instant until, AtomicBoolean stop, StageEvent handler)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                fromTheEnd(consumer, partitions(consumer));
                ready.countDown();
                while (!stop.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        Instant now = Instant.now();
                        if (header(r, "ce_type").startsWith(STAGE_EVENTS)) {
                            Instant time = Instant.parse(header(r, "ce_time"));
                            if (!time.isBefore(from) && time.isBefore(until)) {
                                handler.read(r, time, now);
                            }
                        }
                    }
                }
            }
        }, "kafka-subscriber");
        thread.start();
        ready.await(60, TimeUnit.SECONDS);
        return thread;
    }

    // ---------------------------------------------------------------- fan-out

    /**
     * {@code connections} SSE subscribers of {@code sseUrl} (spread over the event loops, connected in batches of
     * 250), then transitions at {@code rate}/s for {@code seconds} after {@code warmupSeconds}: per stage event whose
     * ce_time is in the window (the list read from the topic), how many subscribers received it, and the delivery
     * latency ce_time → each receipt. Phase times (epoch ms) for the harness, which samples the service's RSS and CPU.
     */
    private Map<String, Object> fanout() throws Exception {
        int subscribers = spec.connections();
        Fanout fanout = new Fanout(vertx, spec.sseUrl(), FANOUT_LOOPS, Fanout.lines(spec.name()));
        fanout.deploy();
        long connectStart = System.currentTimeMillis();
        double connectSeconds = fanout.connect(subscribers, 250);
        long connected = System.currentTimeMillis();
        System.out.printf("fanout: %d open, %d failed, in %.1f s%n", fanout.open.get(), fanout.failed.get(),
                connectSeconds);
        List<Cycle> cycles = spec.partnerships().stream().map(Cycle::new).toList();
        long cpuAtConnected = processCpuNanos();
        Instant measureFrom = Instant.now().plusNanos(nanos(spec.warmupSeconds()) + nanos(0.05));
        Instant measureUntil = measureFrom.plusNanos(nanos(spec.seconds()));
        fanout.fromMicros = Fanout.epochMicros(measureFrom);
        fanout.untilMicros = Fanout.epochMicros(measureUntil);
        java.util.Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        Thread kafkaThread = stageEvents(measureFrom, measureUntil, stop, (r, time, now) -> {
            ids.add(header(r, "ce_id"));
            fanout.onTopic(header(r, "ce_id"), time, now);
        });
        Result http = openLoop(transitions(cycles));
        long driven = System.currentTimeMillis();
        // the receivers share the machine with the service: how much of it they took while the events flowed
        double generatorCpuPercent = (processCpuNanos() - cpuAtConnected) / 1e4 / Math.max(1, driven - connected);
        // the last events: until every subscriber has every event of the window, bounded (a receipt later than this is
        // a miss)
        long deadline = System.nanoTime() + nanos(60);
        while (System.nanoTime() < deadline && (ids.size() < http.count() || fanout.incomplete(ids, subscribers) > 0)) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        stop.set(true);
        kafkaThread.join(10_000);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("subscribers", subscribers);
        figures.put("open", fanout.open.get());
        figures.put("failedToOpen", fanout.failed.get());
        figures.put("endedByServer", fanout.ended.get());
        figures.put("connectSeconds", connectSeconds);
        figures.put("connectStartMs", connectStart);
        figures.put("connectedMs", connected);
        figures.put("measureFromMs", measureFrom.toEpochMilli());
        figures.put("measureUntilMs", measureUntil.toEpochMilli());
        figures.put("drivenMs", driven);
        figures.put("generatorCpuDrivenPercent", generatorCpuPercent);
        figures.putAll(fanout.count(ids, subscribers));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("http", http);
        out.put("sse", fanout.latencies().result("ce_time → each subscriber", spec.seconds()));
        out.put("fanout", figures);
        return out;
    }

    /** This JVM's CPU time so far (all threads), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static synchronized long kafkaCount(Latencies l) {
        return l.count();
    }

    private Result kafkaResult(Latencies l, String name) {
        synchronized (LoadGenerator.class) {
            return l.result(name, spec.seconds());
        }
    }

    /** A bare producer (acks=all, no linger) and consumer on the same broker, {@code rate} records per second. */
    private Result kafkaBaseline() throws Exception {
        String topic = spec.topic();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", spec.kafkaBootstrap()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Latencies latencies = new Latencies();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(1);
        long from = System.nanoTime() + nanos(spec.warmupSeconds()) + nanos(2);
        long until = from + nanos(spec.seconds());
        Thread consumerThread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = new ArrayList<>();
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                fromTheEnd(consumer, partitions);
                ready.countDown();
                while (!stop.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        long sentAt = Long.parseLong(r.value());
                        if (sentAt >= from && sentAt < until) {
                            synchronized (LoadGenerator.class) {
                                latencies.recordNanos(System.nanoTime() - sentAt);
                            }
                        }
                    }
                }
            }
        }, "kafka-baseline-consumer");
        consumerThread.start();
        ready.await(60, TimeUnit.SECONDS);
        Properties p = new Properties();
        p.put("bootstrap.servers", spec.kafkaBootstrap());
        p.put("acks", "all");
        p.put("linger.ms", "0");
        p.put("enable.idempotence", "true");
        long expected = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            long n = 0;
            long end = until;
            Random keys = new Random(spec.seed());
            while (true) {
                long intended = start + (long) (n * 1e9 / spec.rate());
                if (intended >= end) {
                    break;
                }
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long sentAt = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k" + keys.nextInt(1000), Long.toString(sentAt)));
                if (sentAt >= from) {
                    expected++;
                }
                n++;
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + nanos(15);
        while (System.nanoTime() < deadline && kafkaCount(latencies) < expected) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        stop.set(true);
        consumerThread.join(10_000);
        return kafkaResult(latencies, "bare Kafka round trip");
    }

    // ---------------------------------------------------------------- helpers

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", spec.kafkaBootstrap());
        p.put("enable.auto.commit", "false");
        p.put("fetch.max.wait.ms", "10");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /** Assigns {@code partitions} and positions the consumer at their end now (records written later only). */
    private static void fromTheEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(spec.topic()).forEach(p -> partitions.add(new TopicPartition(spec.topic(), p.partition())));
        return partitions;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }

    static void write(Path file, Object value) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
    }
}
