package org.s3coop.partnership.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.s3coop.partnership.domain.Instrument;
import org.s3coop.partnership.domain.InvestmentProject;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.ProjectAction;
import org.s3coop.partnership.domain.ProjectStatus;
import org.s3coop.partnership.domain.ProjectTransition;
import org.s3coop.platform.events.DomainEvent;

/**
 * The investment projects' events on {@code s3coop.partnerships.v1}, keyed (and with the subject) by the partnership
 * id, so that they stay in order with the partnership's own events. Their data is the partnership's state, as every
 * event of the topic carries it (its consumers read any partnership type for it), with {@code project}: the project
 * after the change; on {@code project-status-changed} with the transition. Who made the change ({@code actor}) is
 * added by the outbox.
 */
public final class ProjectEvents {
    private static final String PREFIX = "org.s3coop.partnership.";
    public static final String PROJECT_RECORDED = PREFIX + "project-recorded.v1";
    public static final String PROJECT_UPDATED = PREFIX + "project-updated.v1";
    public static final String PROJECT_STATUS_CHANGED = PREFIX + "project-status-changed.v1";

    private ProjectEvents() {
    }

    public record ProjectData(UUID id, UUID partnershipId, String title, Instrument instrument, List<String> regions,
            List<UUID> organisations, int trlStart, int trlTarget, BigDecimal budgetEur, BigDecimal requestedEur,
            BigDecimal grantedEur, LocalDate startsOn, LocalDate endsOn, ProjectStatus status, long version,
            // project-status-changed
            ProjectStatus from, ProjectStatus to, ProjectAction action, String reason, OffsetDateTime at) {
    }

    public static DomainEvent recorded(Partnership p, InvestmentProject x) {
        return PartnershipEvents.part(PROJECT_RECORDED, p, data(x, null), null);
    }

    public static DomainEvent updated(Partnership p, InvestmentProject x) {
        return PartnershipEvents.part(PROJECT_UPDATED, p, data(x, null), null);
    }

    public static DomainEvent statusChanged(Partnership p, InvestmentProject x, ProjectTransition t) {
        return PartnershipEvents.part(PROJECT_STATUS_CHANGED, p, data(x, t), null);
    }

    private static ProjectData data(InvestmentProject x, ProjectTransition t) {
        return new ProjectData(x.id, x.partnershipId, x.title, x.instrument, x.regions, x.organisations, x.trlStart,
                x.trlTarget, x.budgetEur, x.requestedEur, x.grantedEur, x.startsOn, x.endsOn, x.status, x.version,
                t == null ? null : t.fromStatus, t == null ? null : t.toStatus, t == null ? null : t.action,
                t == null ? null : t.reason, t == null ? null : t.occurredAt);
    }
}
