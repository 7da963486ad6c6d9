package org.s3coop.partnership.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.partnership.domain.HistoryAction;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipPriority;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Status;
import org.s3coop.platform.events.DomainEvent;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The events partnership-service publishes on {@code s3coop.partnerships.v1}, keyed by partnership id. Their data
 * is the partnership's state after the change (so a dashboard can draw without calling back), plus what changed.
 */
public final class PartnershipEvents {
    private static final String PREFIX = "org.s3coop.partnership.";
    public static final String PROPOSED = PREFIX + "proposed.v1";
    public static final String MEMBER_JOINED = PREFIX + "member-joined.v1";
    public static final String MEMBER_LEFT = PREFIX + "member-left.v1";
    public static final String EVIDENCE_UPDATED = PREFIX + "evidence-updated.v1";
    public static final String STAGE_ADVANCED = PREFIX + "stage-advanced.v1";
    public static final String STAGE_REVERTED = PREFIX + "stage-reverted.v1";
    public static final String PUT_ON_HOLD = PREFIX + "put-on-hold.v1";
    public static final String RESUMED = PREFIX + "resumed.v1";
    public static final String CLOSED = PREFIX + "closed.v1";
    public static final String RESCOPING_RECOMMENDED = PREFIX + "rescoping-recommended.v1";

    private PartnershipEvents() {
    }

    /** Data of every partnership event; the change fields are present only on the events they concern. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartnershipData(UUID id, String title, PartnershipPriority priority, String leadRegion,
            List<Member> members, Stage stage, Status status, Outcome outcome, long version,
            boolean rescopingRecommended, String rescopingReason,
            // member-joined / member-left / rescoping-recommended: the region concerned
            String regionCode,
            // evidence-updated: scoping-note, complementarity-map, pilot-report, funding-plan or participants
            String evidence,
            // transitions
            Stage from, Stage to, String action, RevertTrigger trigger, String reason, String actor,
            OffsetDateTime at) {
    }

    public static DomainEvent member(String type, Partnership p, String regionCode) {
        return DomainEvent.of(type, p.id.toString(), data(p, regionCode, null, null));
    }

    public static DomainEvent evidence(Partnership p, String evidence) {
        return DomainEvent.of(EVIDENCE_UPDATED, p.id.toString(), data(p, null, evidence, null));
    }

    public static DomainEvent rescoping(Partnership p, String regionCode) {
        return DomainEvent.of(RESCOPING_RECOMMENDED, p.id.toString(), data(p, regionCode, null, null));
    }

    /**
     * The event of one history entry: {@code proposed} with the partnership only, or a transition's event with the
     * transition fields.
     */
    public static DomainEvent step(Partnership p, StageTransition t) {
        String type = switch (t.action) {
            case PROPOSE -> PROPOSED;
            case ADVANCE -> STAGE_ADVANCED;
            case REVERT -> STAGE_REVERTED;
            case HOLD -> PUT_ON_HOLD;
            case RESUME -> RESUMED;
            case CLOSE -> CLOSED;
        };
        return DomainEvent.of(type, p.id.toString(), data(p, null, null, t.action == HistoryAction.PROPOSE ? null : t));
    }

    private static PartnershipData data(Partnership p, String regionCode, String evidence, StageTransition t) {
        return new PartnershipData(p.id, p.title, p.priority(), p.leadRegion, p.members, p.stage, p.status, p.outcome,
                p.version, p.rescopingRecommended, p.rescopingReason, regionCode, evidence,
                t == null ? null : t.fromStage, t == null ? null : t.toStage, t == null ? null : t.action.name(),
                t == null ? null : t.trigger, t == null ? null : t.reason, t == null ? null : t.actor,
                t == null ? null : t.occurredAt);
    }
}
