package org.s3coop.platform.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.s3coop.platform.concurrent.BackgroundThread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.impl.ContextInternal;

/**
 * The events of {@code s3coop.stream.topics} for browsers (Server-Sent Events). One background thread reads the
 * topics with a plain consumer without a group ({@code assign} of every partition, from the beginning, partitions
 * re-discovered every {@code s3coop.stream.partition-refresh}); each CloudEvent goes into a bounded in-memory buffer
 * ({@code s3coop.stream.buffer-size}, oldest dropped) and to every live subscriber. It reads Kafka only: the write
 * path never waits for it, whatever the number of subscribers.
 *
 * <p>Each event's SSE id is a {@link StreamCursor}: the offset of the last record read in every partition when the
 * event was appended, which means the same on every instance (they all read every partition). A subscriber that
 * resumes with one ({@code Last-Event-ID}), on this instance or another, gets the buffered events after it,
 * partition by partition, then the live ones it does not cover yet. A plain CloudEvent id (as ids were before) is
 * looked up in this instance's buffer; an id that is neither replays the whole buffer.
 *
 * <p>A subscriber registers under the same lock that appends and broadcasts, after taking its replay snapshot
 * ({@code Last-Event-ID}), so it sees every event exactly once. The broadcast hands each event once to each event
 * loop's group of subscribers ({@link LoopSubscribers}), which queues it for its own subscribers on the loop. A
 * subscriber whose queue ({@code s3coop.stream.subscriber-queue}) is full is completed; the consumer thread never
 * waits for one.
 * Without {@code s3coop.stream.topics} nothing starts.
 */
@ApplicationScoped
public class EventStream {
    private static final Logger LOG = Logger.getLogger(EventStream.class);

    @ConfigProperty(name = "s3coop.service.name")
    String serviceName;
    @ConfigProperty(name = "s3coop.stream.topics")
    Optional<List<String>> topics;
    @ConfigProperty(name = "s3coop.stream.buffer-size", defaultValue = "10000")
    int bufferSize;
    @ConfigProperty(name = "s3coop.stream.subscriber-queue", defaultValue = "1000")
    int subscriberQueue;
    @ConfigProperty(name = "s3coop.stream.heartbeat", defaultValue = "15s")
    Duration heartbeat;
    @ConfigProperty(name = "s3coop.stream.partition-refresh", defaultValue = "5s")
    Duration partitionRefresh;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry metrics;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Object lock = new Object();
    private final ArrayDeque<StreamEvent> buffer = new ArrayDeque<>();
    private final Map<String, Long> seqById = new HashMap<>();
    /** Per partition ({@link StreamCursor#key}), the offset of the last record read; changed under {@code lock}. */
    private final TreeMap<Long, Long> positions = new TreeMap<>();
    private volatile List<String> topicNames;
    private volatile String cursorTag;
    /**
     * Per executor (an event loop's {@link LoopTasks}), its subscribers; a group's members change under {@code lock}.
     * A broadcast hands each event to every group once, not to every subscriber.
     */
    private final Map<Executor, LoopSubscribers> groups = new ConcurrentHashMap<>();
    /** Changed under {@code lock}. */
    private final AtomicInteger subscriberCount = new AtomicInteger();
    /** Per event loop (its root context), the executor its subscribers deliver on. */
    private final Map<io.vertx.core.Context, LoopTasks> loops = new ConcurrentHashMap<>();
    /** One filter per distinct query ({@link #filter}), at most {@link #SHARED_FILTERS}. */
    private final Map<List<String>, StreamFilter> filters = new ConcurrentHashMap<>();
    static final int SHARED_FILTERS = 256;
    private long nextSeq = 1;
    private Counter eventsCounter;
    private Timer broadcastWait;
    private Timer broadcastPass;
    private volatile boolean running;
    private volatile BackgroundThread thread;
    private volatile KafkaConsumer<String, String> consumer;
    private ScheduledExecutorService heartbeats;

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            return;
        }
        metrics.gauge("s3coop.stream.subscribers", subscriberCount);
        eventsCounter = metrics.counter("s3coop.stream.events");
        broadcastWait = Timer.builder("s3coop.stream.broadcast.wait")
                .description("From an event's append to the start of an event loop's pass over its subscribers")
                .register(metrics);
        broadcastPass = Timer.builder("s3coop.stream.broadcast.pass")
                .description("One event loop's pass over its subscribers (their writes) for the events of a broadcast")
                .register(metrics);
        running = true;
        thread = BackgroundThread.start("event-stream", this::loop);
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-stream-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, heartbeat.toMillis());
        heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        heartbeats.shutdownNow();
        thread.stop(() -> {
            KafkaConsumer<String, String> c = consumer;
            if (c != null) {
                c.wakeup();
            }
        });
        allSubscribers().forEach(StreamSubscriber::complete);
    }

    /** Whether this service serves a stream ({@code s3coop.stream.topics} set). */
    public boolean enabled() {
        return topics.map(l -> l.stream().anyMatch(s -> !s.isBlank())).orElse(false);
    }

    /**
     * A subscription, registered when subscribed: first the buffered events after {@code lastEventId} (all of them
     * when it is not in the buffer any more; none when it is null), then live events, each matching {@code filter}.
     */
    public StreamSubscriber subscribe(StreamFilter filter, String lastEventId) {
        return subscribe(filter, lastEventId, Infrastructure.getDefaultExecutor());
    }

    /** As {@link #subscribe(StreamFilter, String)}, delivering on {@code executor} (the connection's event loop). */
    StreamSubscriber subscribe(StreamFilter filter, String lastEventId, Executor executor) {
        return new StreamSubscriber(this, filter, lastEventId, subscriberQueue, executor);
    }

    /**
     * The filter of {@code types} and {@code subject} ({@link StreamFilter}), the same instance for the same query
     * while fewer than {@link #SHARED_FILTERS} distinct ones were asked for: a broadcast matches each event once per
     * shared filter ({@link FilterMemo}), not once per subscriber.
     */
    StreamFilter filter(String types, String subject) {
        List<String> key = Arrays.asList(types, subject);
        StreamFilter shared = filters.get(key);
        if (shared != null) {
            return shared;
        }
        StreamFilter filter = new StreamFilter(types, subject);
        if (filters.size() >= SHARED_FILTERS) {
            return filter;
        }
        StreamFilter first = filters.putIfAbsent(key, filter);
        return first == null ? filter : first;
    }

    /**
     * The executor of {@code context}'s event loop ({@link LoopTasks}), one per loop: a request's (duplicated) context
     * is mapped to the loop's own.
     */
    Executor loopTasks(io.vertx.core.Context context) {
        io.vertx.core.Context loop = context instanceof ContextInternal c ? c.unwrap() : context;
        return loops.computeIfAbsent(loop, LoopTasks::new);
    }

    /** The number of live subscribers. */
    public int subscriberCount() {
        return subscriberCount.get();
    }

    void register(StreamSubscriber s, String lastEventId) {
        synchronized (lock) {
            if (lastEventId != null && !lastEventId.isBlank()) {
                StreamCursor cursor = StreamCursor.parse(lastEventId, cursorTag());
                if (cursor != null) {
                    s.resumeAfter(cursor);
                    for (StreamEvent e : buffer) {
                        if (s.filter().matches(e)) {
                            s.replay(e);
                        }
                    }
                } else {
                    Long after = seqById.get(lastEventId.trim());
                    long from = after == null ? 0 : after;
                    for (StreamEvent e : buffer) {
                        if (e.seq() > from && s.filter().matches(e)) {
                            s.replay(e);
                        }
                    }
                }
            }
            s.liveFrom(nextSeq);
            groups.computeIfAbsent(s.executor(), e -> new LoopSubscribers(e, broadcastWait, broadcastPass)).add(s);
            subscriberCount.incrementAndGet();
        }
    }

    void unregister(StreamSubscriber s) {
        synchronized (lock) {
            LoopSubscribers group = groups.get(s.executor());
            if (group != null && group.remove(s)) {
                subscriberCount.decrementAndGet();
            }
        }
    }

    private void beat() {
        allSubscribers().forEach(StreamSubscriber::heartbeat);
    }

    private List<StreamSubscriber> allSubscribers() {
        List<StreamSubscriber> all = new ArrayList<>();
        synchronized (lock) {
            groups.values().forEach(g -> all.addAll(g.subscribers()));
        }
        return all;
    }

    /** The stream topics in configured order (a record's topic index is its place here). */
    private List<String> topicNames() {
        List<String> names = topicNames;
        if (names == null) {
            names = topics.orElse(List.of()).stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
            topicNames = names;
        }
        return names;
    }

    String cursorTag() {
        String tag = cursorTag;
        if (tag == null) {
            tag = StreamCursor.tag(topicNames());
            cursorTag = tag;
        }
        return tag;
    }

    /** Adds one record (package-private for tests): buffered and handed to every subscriber's group. */
    void append(ConsumerRecord<String, String> r) {
        StreamPosition position = new StreamPosition(topicNames().indexOf(r.topic()), r.partition(), r.offset());
        String id = header(r, "ce_id");
        String type = header(r, "ce_type");
        JsonNode data = null;
        try {
            data = id == null || type == null || r.value() == null ? null : mapper.readTree(r.value());
        } catch (Exception e) {
            LOG.debugf("stream: skipping %s (%s), data is not JSON", id, type);
        }
        if (data == null) {
            synchronized (lock) {
                read(position); // not a CloudEvent with JSON data: nothing a dashboard could use, but read
            }
            return;
        }
        String source = header(r, "ce_source");
        String subject = header(r, "ce_subject");
        String time = header(r, "ce_time");
        ObjectNode json = mapper.createObjectNode();
        json.put("id", id);
        json.put("type", type);
        json.put("source", source);
        json.put("subject", subject);
        json.put("time", time);
        json.set("data", data);
        String text;
        try {
            text = mapper.writeValueAsString(json);
        } catch (Exception e) {
            return;
        }
        synchronized (lock) {
            read(position);
            if (seqById.containsKey(id)) {
                return; // a redelivery of an event the stream already carries
            }
            StreamEvent e = new StreamEvent(nextSeq++, id, type, source, subject, time, r.topic(), r.value(), text,
                    position, StreamCursor.format(cursorTag(), positions));
            buffer.addLast(e);
            seqById.put(id, e.seq());
            while (buffer.size() > bufferSize) {
                seqById.remove(buffer.removeFirst().id());
            }
            for (LoopSubscribers group : groups.values()) {
                if (!group.subscribers().isEmpty()) {
                    group.publish(e); // once per event loop: the loop offers it to its own subscribers
                }
            }
        }
        if (eventsCounter != null) {
            eventsCounter.increment();
        }
    }

    /** Counts the record as read (under {@code lock}): later cursors name its offset. */
    private void read(StreamPosition p) {
        positions.merge(StreamCursor.key(p.topic(), p.partition()), p.offset(), Math::max);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties props = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, serviceName + "-stream");
        props.putIfAbsent(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return new KafkaConsumer<>(props);
    }

    private void loop() {
        List<String> names = topicNames();
        Set<TopicPartition> assigned = new HashSet<>();
        long nextRefresh = 0;
        try (KafkaConsumer<String, String> c = newConsumer()) {
            consumer = c;
            while (running) {
                try {
                    if (System.currentTimeMillis() >= nextRefresh) {
                        nextRefresh = System.currentTimeMillis() + partitionRefresh.toMillis();
                        assigned = refresh(c, names, assigned);
                    }
                    if (assigned.isEmpty()) {
                        Thread.sleep(Math.min(500, partitionRefresh.toMillis()));
                        continue;
                    }
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> r : records) {
                        append(r);
                    }
                } catch (WakeupException | InterruptedException e) {
                    break;
                } catch (RuntimeException e) {
                    LOG.warnf("event stream: %s; retrying", e.toString());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("event stream stopped", e);
        } finally {
            consumer = null;
        }
    }

    private Set<TopicPartition> refresh(KafkaConsumer<String, String> c, List<String> names, Set<TopicPartition> assigned) {
        Set<TopicPartition> found = new HashSet<>(assigned);
        for (String topic : names) {
            try {
                List<PartitionInfo> parts = c.partitionsFor(topic, Duration.ofSeconds(5));
                if (parts != null) {
                    parts.forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.debugf("event stream: no metadata for %s yet", topic);
            }
        }
        if (found.equals(assigned)) {
            return assigned;
        }
        Set<TopicPartition> added = new HashSet<>(found);
        added.removeAll(assigned);
        c.assign(found);
        c.seekToBeginning(added);
        LOG.infof("event stream: reading %s", found);
        return found;
    }
}
