package org.s3coop.platform.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.persistence.SqlValues;
import org.s3coop.platform.time.UtcClock;
import org.s3coop.platform.webhooks.WebhookDelivery.DeliveryKind;
import org.s3coop.platform.webhooks.WebhookDelivery.DeliveryStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The subscriptions and their delivery logs as the API reads and changes them (reactive, in the request's
 * transaction). Who may see or change which is the resource's business; here a subscription is found by its id, and
 * a list by its owner (null: every subscription).
 */
@ApplicationScoped
@IfBuildProperty(name = "s3coop.webhooks.enabled", stringValue = "true")
public class WebhookSubscriptions {
    static final String TEST_TYPE = "org.s3coop.webhook.test.v1";
    private static final String COLUMNS = "cast(id as text), url, cast(types as text), cast(regions as text), status, "
            + "paused_reason, paused_at, max_per_second, consecutive_failures, failing_since, owner, created_at";
    private static final String BY_ID = " where id = cast(:id as uuid)";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @ConfigProperty(name = "s3coop.service.name")
    String serviceName;
    @Inject
    ObjectMapper json;

    @WithTransaction
    public Uni<Webhook> create(UUID id, String url, List<String> types, List<String> regions, String secret,
            String owner, int maxPerSecond) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into webhook_subscription "
                + "(id, url, types, regions, secret, owner, status, max_per_second, created_at) values "
                + "(cast(:id as uuid), :url, cast(cast(:types as text) as jsonb), cast(cast(:regions as text) as jsonb), "
                + ":secret, :owner, 'ACTIVE', :rate, :at)")
                .setParameter("id", id.toString()).setParameter("url", url).setParameter("types", write(types))
                .setParameter("regions", regions == null ? null : write(regions)).setParameter("secret", secret)
                .setParameter("owner", owner).setParameter("rate", maxPerSecond).setParameter("at", UtcClock.now())
                .executeUpdate())
                .chain(() -> find(id)).map(Optional::orElseThrow);
    }

    @WithTransaction
    public Uni<Optional<Webhook>> find(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select " + COLUMNS + " from webhook_subscription"
                + BY_ID, Object[].class).setParameter("id", id.toString())
                .getResultList()).map(rows -> rows.stream().findFirst().map(this::webhook));
    }

    @WithTransaction
    public Uni<Page<Webhook>> list(String owner, PageRequest page) {
        String where = " from webhook_subscription where (cast(:owner as text) is null or owner = :owner)";
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*)" + where, Long.class)
                .setParameter("owner", owner).getSingleResult()
                .chain(total -> s.createNativeQuery("select " + COLUMNS + where
                        + " order by created_at, id limit :limit offset :offset", Object[].class)
                        .setParameter("owner", owner).setParameter("limit", page.size())
                        .setParameter("offset", page.offset()).getResultList()
                        .map(rows -> Page.of(rows.stream().map(this::webhook).toList(), page, total))));
    }

    /** Whether it existed. Its deliveries go with it. */
    @WithTransaction
    public Uni<Boolean> delete(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from webhook_subscription" + BY_ID)
                .setParameter("id", id.toString()).executeUpdate())
                .map(n -> n > 0);
    }

    @WithTransaction
    public Uni<Optional<Webhook>> pause(UUID id, String reason) {
        return Panache.getSession().chain(s -> s.createNativeQuery("update webhook_subscription set status = 'PAUSED', "
                + "paused_reason = :reason, paused_at = :at" + BY_ID + " and status = 'ACTIVE'")
                .setParameter("reason", reason).setParameter("at", UtcClock.now())
                .setParameter("id", id.toString()).executeUpdate())
                .chain(() -> find(id));
    }

    /** Active again, its failures forgotten, and what it has queued due now. */
    @WithTransaction
    public Uni<Optional<Webhook>> resume(UUID id) {
        OffsetDateTime now = UtcClock.now();
        return Panache.getSession().chain(s -> s.createNativeQuery("update webhook_subscription set status = 'ACTIVE', "
                + "paused_reason = null, paused_at = null, failing_since = null, consecutive_failures = 0" + BY_ID)
                .setParameter("id", id.toString()).executeUpdate()
                .chain(n -> n == 0 ? Uni.createFrom().item(0) : s.createNativeQuery("update webhook_delivery "
                        + "set next_attempt_at = :now where subscription_id = cast(:id as uuid) and status = 'PENDING' "
                        + "and next_attempt_at > :now").setParameter("now", now).setParameter("id", id.toString())
                        .executeUpdate()))
                .chain(() -> find(id));
    }

    /** Queues a test message (type {@value #TEST_TYPE}, sent once, even while paused); its log entry. */
    @WithTransaction
    public Uni<Optional<WebhookDelivery>> test(UUID id) {
        OffsetDateTime now = UtcClock.now();
        String eventId = UUID.randomUUID().toString();
        String data = "{\"subscription\":\"" + id + "\",\"message\":\"A test delivery: verify its signature\"}";
        return find(id).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : Panache.getSession().chain(s -> s.createNativeQuery("with stored as (insert into webhook_event "
                        + "(event_id, type, source, subject, time, data, received_at) values "
                        + "(:eventId, :type, :source, :subject, :at, :data, :at) returning id) select id from stored",
                        Long.class)
                        .setParameter("eventId", eventId).setParameter("type", TEST_TYPE)
                        .setParameter("source", "/s3coop/" + serviceName).setParameter("subject", id.toString())
                        .setParameter("at", now).setParameter("data", data).getSingleResult()
                        .chain(ref -> s.createNativeQuery("with queued as (insert into webhook_delivery "
                                + "(subscription_id, event_ref, message_id, kind, status, next_attempt_at, created_at) "
                                + "values (cast(:id as uuid), :ref, :eventId, 'TEST', 'PENDING', :at, :at) "
                                + "returning id) select id from queued", Long.class).setParameter("id", id.toString()).setParameter("ref", ref)
                                .setParameter("eventId", eventId).setParameter("at", now).getSingleResult())
                        .chain(deliveryId -> delivery(id, deliveryId))));
    }

    /** Queues again (kind REPLAY, original order) every event delivered or due to it with a time at or after {@code from}. */
    @WithTransaction
    public Uni<Optional<Long>> replay(UUID id, OffsetDateTime from) {
        OffsetDateTime now = UtcClock.now();
        return find(id).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : Panache.getSession().chain(s -> s.createNativeQuery("with queued as (insert into webhook_delivery "
                        + "(subscription_id, event_ref, message_id, kind, subject, status, next_attempt_at, created_at) "
                        + "select d.subscription_id, d.event_ref, d.message_id, 'REPLAY', d.subject, 'PENDING', :now, :now "
                        + "from webhook_delivery d join webhook_event e on e.id = d.event_ref "
                        + "where d.subscription_id = cast(:id as uuid) and d.kind = 'EVENT' and e.time >= :from "
                        + "order by d.id returning 1) select count(*) from queued", Long.class)
                        .setParameter("now", now).setParameter("id", id.toString()).setParameter("from", from)
                        .getSingleResult().map(Optional::of)));
    }

    /** The delivery log, newest first; empty when the subscription is not found. */
    @WithTransaction
    public Uni<Optional<Page<WebhookDelivery>>> deliveries(UUID id, DeliveryStatus status,
            PageRequest page) {
        String where = " from webhook_delivery d join webhook_event e on e.id = d.event_ref "
                + "where d.subscription_id = cast(:id as uuid) and (cast(:status as text) is null or d.status = :status)";
        String statusName = status == null ? null : status.name();
        return find(id).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : Panache.getSession().chain(s -> s.createNativeQuery("select count(*)" + where, Long.class)
                        .setParameter("id", id.toString()).setParameter("status", statusName).getSingleResult()
                        .chain(total -> s.createNativeQuery("select " + DELIVERY_COLUMNS + where
                                + " order by d.id desc limit :limit offset :offset", Object[].class)
                                .setParameter("id", id.toString()).setParameter("status", statusName)
                                .setParameter("limit", page.size()).setParameter("offset", page.offset())
                                .getResultList()
                                .map(rows -> Optional.of(Page.of(rows.stream().map(WebhookSubscriptions::delivery)
                                        .toList(), page, total))))));
    }

    private static final String DELIVERY_COLUMNS = "d.id, d.message_id, e.type, e.subject, d.kind, d.status, "
            + "d.attempts, d.created_at, d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.last_status, "
            + "d.last_error";

    private Uni<Optional<WebhookDelivery>> delivery(UUID subscription, long deliveryId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select " + DELIVERY_COLUMNS
                + " from webhook_delivery d join webhook_event e on e.id = d.event_ref "
                + "where d.id = :delivery and d.subscription_id = cast(:id as uuid)", Object[].class)
                .setParameter("delivery", deliveryId).setParameter("id", subscription.toString()).getResultList())
                .map(rows -> rows.stream().findFirst().map(WebhookSubscriptions::delivery));
    }

    private static WebhookDelivery delivery(Object[] r) {
        String status = (String) r[5];
        return new WebhookDelivery(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                DeliveryKind.valueOf((String) r[4]), DeliveryStatus.valueOf(status), ((Number) r[6]).intValue(),
                SqlValues.offsetDateTime(r[7]), SqlValues.offsetDateTime(r[8]),
                "PENDING".equals(status) ? SqlValues.offsetDateTime(r[9]) : null, SqlValues.offsetDateTime(r[10]),
                r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12]);
    }

    private Webhook webhook(Object[] r) {
        return new Webhook(UUID.fromString((String) r[0]), (String) r[1], read((String) r[2]),
                r[3] == null ? null : read((String) r[3]), WebhookStatus.valueOf((String) r[4]), (String) r[5],
                SqlValues.offsetDateTime(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                SqlValues.offsetDateTime(r[9]), (String) r[10], SqlValues.offsetDateTime(r[11]));
    }

    private List<String> read(String text) {
        try {
            return List.copyOf(json.readValue(text, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable webhook column: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
