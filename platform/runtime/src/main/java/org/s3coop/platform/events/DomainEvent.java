package org.s3coop.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.s3coop.platform.time.UtcClock;

/**
 * An event about one aggregate, as it goes into the outbox: becomes a CloudEvent with {@code ce_type = type},
 * {@code ce_subject = subject}, record key {@code key} and JSON data {@code data}. {@code actor} (who made the
 * change: the token's subject, or {@code system} for a change the service made by itself) is written into the data
 * as its {@code actor} member when set.
 */
public record DomainEvent(UUID id, String type, String key, String subject, OffsetDateTime time, Object data,
        String actor) {

    public static DomainEvent of(String type, String aggregateId, Object data) {
        return new DomainEvent(UUID.randomUUID(), type, aggregateId, aggregateId, UtcClock.now(), data, null);
    }

    /** An event whose record key differs from its subject (e.g. a vote keyed by its round). */
    public static DomainEvent keyed(String type, String key, String subject, Object data) {
        return new DomainEvent(UUID.randomUUID(), type, key, subject, UtcClock.now(), data, null);
    }

    /** The same event, made by {@code who}. */
    public DomainEvent by(String who) {
        return new DomainEvent(id, type, key, subject, time, data, who);
    }
}
