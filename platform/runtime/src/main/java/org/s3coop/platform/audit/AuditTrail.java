package org.s3coop.platform.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.persistence.JsonRows;
import org.s3coop.platform.persistence.SqlValues;
import org.s3coop.platform.time.UtcClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The audit trail of every service (table {@code audit_entry}, platform migration V0_3): {@link #record} writes one
 * change in the caller's transaction — only the fields whose value differs between before and after — and
 * {@link #list} pages an aggregate's entries, oldest first, filtered by actor and time.
 */
@ApplicationScoped
public class AuditTrail {
    /** The columns of {@code audit_entry} that a change fills, for {@link #record} and {@code ChangeLog} alike. */
    public static final JsonRows ROWS = JsonRows.of("audit_entry", "aggregate_type text", "aggregate_id text",
            "entity text", "entity_id text", "action text", "actor text", "at timestamptz", "changes jsonb");
    private static final String INSERT = ROWS.insert("audit");
    private static final String FILTER = " from audit_entry where aggregate_type = :type and aggregate_id = :id"
            + " and (cast(:actor as text) is null or actor = :actor)"
            + " and (cast(:from as timestamptz) is null or at >= :from)"
            + " and (cast(:to as timestamptz) is null or at < :to)";

    @Inject
    ObjectMapper json;

    /** Writes the change into the current transaction (call inside {@code @WithTransaction}); no change, no entry. */
    public Uni<Void> record(AuditRecord change) {
        ObjectNode row;
        try {
            row = row(change);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new IllegalStateException("audit changes cannot be written as JSON", e));
        }
        if (row == null) {
            return Uni.createFrom().voidItem();
        }
        String rows = json.createArrayNode().add(row).toString();
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT).setParameter("audit", rows).executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The entry of {@code change} as one JSON object with the columns of {@code audit_entry} ({@link #ROWS}; {@code at}
     * now), for a statement that writes several rows at once ({@link org.s3coop.platform.events.ChangeLog}); null when
     * nothing changed (no entry).
     */
    public ObjectNode row(AuditRecord change) {
        List<AuditEntry.Change> changes = changes(change);
        if (changes == null) {
            return null;
        }
        ObjectNode row = json.createObjectNode().put("aggregate_type", change.aggregateType())
                .put("aggregate_id", change.aggregateId()).put("entity", change.entity())
                .put("entity_id", change.entityId()).put("action", change.action()).put("actor", change.actor())
                .put("at", UtcClock.now().toString());
        row.set("changes", json.valueToTree(changes));
        return row;
    }

    /** The fields {@code change} changes; null when it changes none (a creation or a removal always has an entry). */
    private List<AuditEntry.Change> changes(AuditRecord change) {
        List<AuditEntry.Change> changes = diff(tree(change.before()), tree(change.after()));
        return changes.isEmpty() && change.before() != null && change.after() != null ? null : changes;
    }

    /** An aggregate's entries, oldest first. */
    public Uni<Page<AuditEntry>> list(String aggregateType, String aggregateId, AuditQuery query, PageRequest page) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*)" + FILTER, Long.class)
                .setParameter("type", aggregateType).setParameter("id", aggregateId)
                .setParameter("actor", query.actor).setParameter("from", query.fromTime())
                .setParameter("to", query.toTime())
                .getSingleResult()
                .chain(total -> s.createNativeQuery("select id, entity, entity_id, action, actor, at, cast(changes as text)"
                        + FILTER + " order by at, id limit :limit offset :offset", Object[].class)
                        .setParameter("type", aggregateType).setParameter("id", aggregateId)
                        .setParameter("actor", query.actor).setParameter("from", query.fromTime())
                        .setParameter("to", query.toTime())
                        .setParameter("limit", page.size()).setParameter("offset", page.offset())
                        .getResultList()
                        .map(rows -> Page.of(rows.stream().map(this::entry).toList(), page, total))));
    }

    /** An aggregate's trail in short: the entries counted by action, and the {@code latest} newest ones. */
    public Uni<AuditSummary> summary(String aggregateType, String aggregateId, int latest) {
        String where = " from audit_entry where aggregate_type = :type and aggregate_id = :id";
        return Panache.getSession().chain(s -> s.createNativeQuery("select action, count(*)" + where
                + " group by action", Object[].class)
                .setParameter("type", aggregateType).setParameter("id", aggregateId)
                .getResultList()
                .chain(counts -> s.createNativeQuery("select id, entity, entity_id, action, actor, at, cast(changes as text)"
                        + where + " order by at desc, id desc limit :limit", Object[].class)
                        .setParameter("type", aggregateType).setParameter("id", aggregateId)
                        .setParameter("limit", latest)
                        .getResultList()
                        .map(rows -> {
                            Map<String, Long> byAction = new TreeMap<>();
                            counts.forEach(c -> byAction.put((String) c[0], ((Number) c[1]).longValue()));
                            long total = byAction.values().stream().mapToLong(Long::longValue).sum();
                            return new AuditSummary(total, byAction, rows.stream().map(this::entry).toList());
                        })));
    }

    /** The fields that differ, in name order; a field missing on one side counts as null there. */
    static List<AuditEntry.Change> diff(ObjectNode before, ObjectNode after) {
        Set<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode b = before.path(field).isMissingNode() ? NullNode.getInstance() : before.get(field);
            JsonNode a = after.path(field).isMissingNode() ? NullNode.getInstance() : after.get(field);
            if (!b.equals(a)) {
                changes.add(new AuditEntry.Change(field, b.isNull() ? null : b, a.isNull() ? null : a));
            }
        }
        return changes;
    }

    private ObjectNode tree(Object state) {
        if (state == null) {
            return json.createObjectNode();
        }
        JsonNode node = json.valueToTree(state);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return json.createObjectNode().set("value", node);
    }

    private AuditEntry entry(Object[] row) {
        List<AuditEntry.Change> changes = new ArrayList<>();
        try {
            for (Iterator<JsonNode> it = json.readTree((String) row[6]).elements(); it.hasNext();) {
                JsonNode c = it.next();
                changes.add(new AuditEntry.Change(c.path("field").asText(), nullable(c.get("before")),
                        nullable(c.get("after"))));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + row[0] + " has unreadable changes", e);
        }
        return new AuditEntry(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], SqlValues.offsetDateTime(row[5]), changes);
    }

    private static JsonNode nullable(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
