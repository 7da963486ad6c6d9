package org.s3coop.partnership.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.partnership.domain.HistoryAction;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipPriority;
import org.s3coop.partnership.domain.Regression;
import org.s3coop.partnership.domain.RescopingReason;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.domain.Status;
import org.s3coop.platform.events.DomainEvent;

/**
 * The events partnership-service publishes on {@code s3coop.partnerships.v1}, keyed by partnership id. Their data
 * is the partnership's state after the change (so a dashboard can draw without calling back), plus what changed.
 * {@code members} lists the ACTIVE members only (the regions that take part, as consumers always read it); invited
 * regions are {@code invitedMembers}. Who made the change ({@code actor}) is added by the outbox.
 */
public final class PartnershipEvents {
    private static final String PREFIX = "org.s3coop.partnership.";
    public static final String PROPOSED = PREFIX + "proposed.v1";
    public static final String MEMBER_INVITED = PREFIX + "member-invited.v1";
    public static final String MEMBER_JOINED = PREFIX + "member-joined.v1";
    public static final String INVITATION_DECLINED = PREFIX + "invitation-declined.v1";
    public static final String INVITATION_WITHDRAWN = PREFIX + "invitation-withdrawn.v1";
    public static final String MEMBER_LEFT = PREFIX + "member-left.v1";
    public static final String EVIDENCE_UPDATED = PREFIX + "evidence-updated.v1";
    public static final String COMMITMENT_LETTER_UPDATED = PREFIX + "commitment-letter-updated.v1";
    public static final String STAGE_ADVANCED = PREFIX + "stage-advanced.v1";
    public static final String STAGE_REVERTED = PREFIX + "stage-reverted.v1";
    public static final String PUT_ON_HOLD = PREFIX + "put-on-hold.v1";
    public static final String RESUMED = PREFIX + "resumed.v1";
    public static final String CLOSED = PREFIX + "closed.v1";
    public static final String RESCOPING_RECOMMENDED = PREFIX + "rescoping-recommended.v1";
    public static final String RESCOPING_DISMISSED = PREFIX + "rescoping-dismissed.v1";
    public static final String GATE_REGRESSED = PREFIX + "gate-regressed.v1";
    public static final String GATE_RESTORED = PREFIX + "gate-restored.v1";

    private PartnershipEvents() {
    }

    /**
     * Data of every partnership event. Every field is always there (docs/api.md, "null, never absent"): the change
     * fields are {@code null} on the events they do not concern, as is a value not set ({@code outcome} before CLOSE).
     */
    public record PartnershipData(UUID id, String title, PartnershipPriority priority, String programme,
            String leadRegion, List<Member> members, List<Member> invitedMembers, Stage stage, Status status,
            Outcome outcome, long version, boolean rescopingRecommended, String rescopingReason,
            List<RescopingReason> rescopingReasons, List<Regression> regressions,
            // member events, commitment-letter-updated, rescoping-recommended: the region concerned
            String regionCode,
            // evidence-updated: scoping-note, complementarity-map, pilot-report, funding-plan or participants
            String evidence,
            // gate-regressed: the criteria that stopped holding; gate-restored: those holding again
            List<Regression> regressed, List<Regression> restored,
            // transitions
            Stage from, Stage to, String action, RevertTrigger trigger, String reason, String actor,
            OffsetDateTime at,
            // project-*: the investment project after the change; report-*: the monitoring report
            Object project, Object report) {

        /** The same data with an investment project's or a monitoring report's state (issue 15's events). */
        PartnershipData with(Object project, Object report) {
            return new PartnershipData(id, title, priority, programme, leadRegion, members, invitedMembers, stage, status,
                    outcome, version, rescopingRecommended, rescopingReason, rescopingReasons, regressions, regionCode,
                    evidence, regressed, restored, from, to, action, trigger, reason, actor, at, project, report);
        }
    }

    /**
     * An event about a part of the partnership kept apart (issue 15): the partnership's state, as every event of the
     * topic carries it, with {@code project} or {@code report}.
     */
    public static DomainEvent part(String type, Partnership p, Object project, Object report) {
        return DomainEvent.of(type, p.id.toString(), data(p, null, null, null, null, null).with(project, report));
    }

    /** An event about one region of the partnership (member-invited/-joined/-left, invitations, letters, re-scoping). */
    public static DomainEvent region(String type, Partnership p, String regionCode) {
        return DomainEvent.of(type, p.id.toString(), data(p, regionCode, null, null, null, null));
    }

    public static DomainEvent evidence(Partnership p, String evidence) {
        return DomainEvent.of(EVIDENCE_UPDATED, p.id.toString(), data(p, null, evidence, null, null, null));
    }

    public static DomainEvent regressed(Partnership p, List<Regression> regressed) {
        return DomainEvent.of(GATE_REGRESSED, p.id.toString(), data(p, null, null, regressed, null, null));
    }

    public static DomainEvent restored(Partnership p, List<Regression> restored) {
        return DomainEvent.of(GATE_RESTORED, p.id.toString(), data(p, null, null, null, restored, null));
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
            case DISMISS_RESCOPING -> RESCOPING_DISMISSED;
        };
        return DomainEvent.of(type, p.id.toString(), data(p, null, null, null, null,
                t.action == HistoryAction.PROPOSE ? null : t));
    }

    private static PartnershipData data(Partnership p, String regionCode, String evidence, List<Regression> regressed,
            List<Regression> restored, StageTransition t) {
        return new PartnershipData(p.id, p.title, p.priority(), p.programmeCode, p.leadRegion,
                p.members.stream().filter(Member::isActive).toList(),
                p.members.stream().filter(m -> !m.isActive()).toList(), p.stage, p.status, p.outcome, p.version,
                p.rescopingRecommended, p.rescopingReason, p.rescopingReasons, p.regressions, regionCode, evidence,
                regressed, restored, t == null ? null : t.fromStage, t == null ? null : t.toStage,
                t == null ? null : t.action.name(), t == null ? null : t.trigger, t == null ? null : t.reason,
                t == null ? null : t.actor, t == null ? null : t.occurredAt, null, null);
    }
}
