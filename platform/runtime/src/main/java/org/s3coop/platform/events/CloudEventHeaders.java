package org.s3coop.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The CloudEvents 1.0 Kafka binding, binary mode: attributes as {@code ce_*} headers, data as the value. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }

    public static Headers of(String id, String source, String type, String subject, OffsetDateTime time) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", SPEC_VERSION);
        add(headers, "ce_id", id);
        add(headers, "ce_source", source);
        add(headers, "ce_type", type);
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        add(headers, "content-type", CONTENT_TYPE);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
