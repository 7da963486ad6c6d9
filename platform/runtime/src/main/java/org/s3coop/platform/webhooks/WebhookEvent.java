package org.s3coop.platform.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent as a webhook delivers it: the attributes, the data (the Kafka record's value, sent as the body
 * unchanged) and the other attributes ({@code ce_*} extensions, {@code traceparent}/{@code tracestate}), sent as
 * headers.
 */
record WebhookEvent(String id, String type, String source, String subject, OffsetDateTime time, String data,
        Map<String, String> attributes) {
    private static final java.util.Set<String> CORE = java.util.Set.of("ce_id", "ce_type", "ce_source", "ce_subject",
            "ce_time", "ce_specversion");

    /** The event a record carries, or null when it is not a CloudEvent (no id, type, source, time or value). */
    static WebhookEvent of(ConsumerRecord<String, String> r) {
        String id = header(r, "ce_id");
        String type = header(r, "ce_type");
        String source = header(r, "ce_source");
        String time = header(r, "ce_time");
        if (id == null || type == null || source == null || time == null || r.value() == null) {
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Header h : r.headers()) {
            String name = h.key();
            boolean extension = name.startsWith("ce_") && !CORE.contains(name);
            if ((extension || name.equals("traceparent") || name.equals("tracestate")) && h.value() != null) {
                attributes.put(extension ? name.substring(3) : name, new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return new WebhookEvent(id, type, source, header(r, "ce_subject"), at, r.value(), attributes);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
