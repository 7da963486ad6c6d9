package org.s3coop.partnership.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the audit trail records of a partnership, part by part: the partnership itself (entity {@code partnership}),
 * each member ({@code member}, by region code), participant ({@code participant}, by id), commitment letter
 * ({@code letter}, by region code) and evidence document ({@code evidence:scoping-note}, ...). Taken before and after
 * a change, {@link #changesTo} lists the parts that differ, so every change is recorded without each command saying
 * what it touched.
 */
public final class AuditedParts {
    /** The partnership's own auditable fields (its parts are audited apart). */
    public record PartnershipState(String title, PartnershipPriority priority, String programme, String leadRegion,
            Stage stage, Status status, Outcome outcome, boolean rescopingRecommended,
            List<RescopingReason> rescopingReasons, List<Regression> regressions) {
    }

    /** One part that changed: {@code before} is null when it appeared, {@code after} when it went. */
    public record Change(String entity, String entityId, Object before, Object after) {
    }

    private record Key(String entity, String entityId) {
    }

    private static final AuditedParts NONE = new AuditedParts(Map.of());

    private final Map<Key, Object> parts;

    private AuditedParts(Map<Key, Object> parts) {
        this.parts = parts;
    }

    /** Nothing: the state before a proposal. */
    public static AuditedParts none() {
        return NONE;
    }

    public static AuditedParts of(Partnership p) {
        Map<Key, Object> parts = new LinkedHashMap<>();
        parts.put(new Key("partnership", null), new PartnershipState(p.title, p.priority(), p.programmeCode,
                p.leadRegion, p.stage, p.status, p.outcome, p.rescopingRecommended, p.rescopingReasons, p.regressions));
        p.members.forEach(m -> parts.put(new Key("member", m.regionCode()), m));
        p.participants.forEach(x -> parts.put(new Key("participant", x.id().toString()), x));
        p.letters.forEach(l -> parts.put(new Key("letter", l.regionCode()), l));
        evidence(parts, "scoping-note", p.scopingNote);
        evidence(parts, "complementarity-map", p.complementarityMap);
        evidence(parts, "pilot-report", p.pilotReport);
        evidence(parts, "funding-plan", p.fundingPlan);
        return new AuditedParts(parts);
    }

    /** The parts that differ from {@code after}, the partnership first, then in the order they are listed. */
    public List<Change> changesTo(AuditedParts after) {
        Set<Key> keys = new LinkedHashSet<>(parts.keySet());
        keys.addAll(after.parts.keySet());
        List<Change> changes = new ArrayList<>();
        for (Key key : keys) {
            Object b = parts.get(key);
            Object a = after.parts.get(key);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(key.entity(), key.entityId(), b, a));
            }
        }
        return changes;
    }

    private static void evidence(Map<Key, Object> parts, String kind, Object document) {
        if (document != null) {
            parts.put(new Key("evidence:" + kind, null), document);
        }
    }
}
