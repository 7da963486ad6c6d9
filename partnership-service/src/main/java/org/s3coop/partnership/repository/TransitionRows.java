package org.s3coop.partnership.repository;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.partnership.domain.JsonColumns;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.platform.persistence.SessionSql;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * A stage transition's own SQL, on the transaction's connection ({@link SessionSql}), off the entity: the row read and
 * locked ({@code select ... for update}) into a detached {@link Partnership} (mapped as {@link PartnershipReads} maps
 * it), then the columns a transition changes ({@link Partnership#apply}: stage, status, outcome, the re-scoping
 * recommendation, the regressions, the stage's entry time, the version and update time) written together with the
 * history row in one statement. No entity joins the persistence context, so nothing is dirty-checked or written
 * whole (the JSON columns) at the flushes (docs/performance.md, "Issue 18, stop 25").
 */
@ApplicationScoped
@WithSession
public class TransitionRows {
    static final String LOCK = "select * from partnership where id = $1 for update";
    static final String MOVE = "with moved as (update partnership set stage = $2, status = $3, outcome = $4,"
            + " rescoping_recommended = $5, rescoping_reason = $6, rescoping_reasons = $7, regressions = $8,"
            + " stage_entered_at = $9, updated_at = $10, version = $11 where id = $1)"
            + " insert into stage_transition (partnership_id, action, from_stage, to_stage, from_status, to_status,"
            + " trigger, reason, outcome, actor, occurred_at, version)"
            + " values ($1, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22) returning seq";
    /** The fields of {@link Partnership} that {@link #MOVE} writes (TransitionRowsTest: all a transition changes). */
    static final Set<String> WRITTEN = Set.of("stage", "status", "outcome", "rescopingRecommended", "rescopingReason",
            "rescopingReasons", "regressions", "stageEnteredAt", "updatedAt", "version");
    private static final JsonColumns.RescopingReasons RESCOPING_REASONS = new JsonColumns.RescopingReasons();
    private static final JsonColumns.Regressions REGRESSIONS = new JsonColumns.Regressions();

    /** The partnership {@code id}, its row locked until the transaction ends; null when none. */
    public Uni<Partnership> lock(UUID id) {
        return SessionSql.first(LOCK, id).map(row -> row == null ? null : PartnershipReads.partnership(row));
    }

    /** Writes what the transition {@code step} changed of {@code p}, and {@code step} itself (its {@code seq} set). */
    public Uni<StageTransition> move(Partnership p, StageTransition step) {
        return SessionSql.select(MOVE, p.id, p.stage.name(), p.status.name(), name(p.outcome), p.rescopingRecommended,
                p.rescopingReason, RESCOPING_REASONS.convertToDatabaseColumn(p.rescopingReasons),
                REGRESSIONS.convertToDatabaseColumn(p.regressions), p.stageEnteredAt, p.updatedAt, p.version,
                step.action.name(), name(step.fromStage), step.toStage.name(), name(step.fromStatus), step.toStatus.name(),
                name(step.trigger), step.reason, name(step.outcome), step.actor, step.occurredAt, step.version)
                .map(rows -> {
                    step.seq = ((Number) rows.get(0)[0]).longValue();
                    return step;
                });
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
