package org.s3coop.platform.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.audit.AuditRecord;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.persistence.SessionSql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/**
 * Writes what a change leaves behind — its audit entries ({@link AuditTrail#row}) and its events
 * ({@link Outbox#row}) — in ONE statement of the caller's transaction (one round trip instead of one per row), in the
 * order given: the same rows as {@link AuditTrail#record} and {@link Outbox#append} one by one, through the same
 * inserts ({@link AuditTrail#ROWS}, {@link Outbox#ROWS}). The SQL text is fixed (the rows are two JSON parameters), so
 * it is parsed once. It is sent on the transaction's connection ({@link SessionSql}), not as a native query of
 * Hibernate: nothing is parsed for named parameters and the session is NOT flushed first — a caller whose entities'
 * changes must be written before (or read by a later statement) flushes them itself.
 */
@ApplicationScoped
public class ChangeLog {
    private static final String WRITE = "with audit as (" + AuditTrail.ROWS.insertAt(1) + ") " + Outbox.ROWS.insertAt(2);

    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper json;

    /** Writes the entries of {@code changes} that change something and every event of {@code events}. */
    public Uni<Void> write(List<AuditRecord> changes, List<DomainEvent> events) {
        ArrayNode entries = json.createArrayNode();
        ArrayNode rows = json.createArrayNode();
        try {
            for (AuditRecord change : changes) {
                ObjectNode entry = audit.row(change);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            events.forEach(e -> rows.add(outbox.row(e)));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        if (entries.isEmpty() && rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return SessionSql.update(WRITE, entries.toString(), rows.toString()).replaceWithVoid();
    }
}
