package org.s3coop.platform.audit;

/**
 * One change to write into the audit trail.
 *
 * @param aggregateType the root aggregate's kind ({@code partnership}, {@code region}, {@code challenge}, ...): the
 *                      audit of {@code GET /api/v1/<kind>s/{id}/audit} lists its entries
 * @param aggregateId   the root aggregate's id
 * @param entity        what changed: the aggregate itself or one of its parts ({@code member}, {@code stakeholder},
 *                      {@code evidence:funding-plan}, ...)
 * @param entityId      the part's id, when it has one (a member's region code, a stakeholder's id); else null
 * @param action        what was done ({@code PROPOSE}, {@code UPDATE}, {@code ADVANCE}, {@code REMOVE}, ...)
 * @param actor         who did it: the token's subject, or {@code system}
 * @param before        the state before (any JSON-writable object; null for a creation)
 * @param after         the state after (null for a removal)
 */
public record AuditRecord(String aggregateType, String aggregateId, String entity, String entityId, String action,
        String actor, Object before, Object after) {

    /** The actor of changes a service makes by itself (from an event, or a scheduled check). */
    public static final String SYSTEM = "system";
}
