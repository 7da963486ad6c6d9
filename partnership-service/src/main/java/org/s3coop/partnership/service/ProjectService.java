package org.s3coop.partnership.service;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.InvestmentProject;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipAction;
import org.s3coop.partnership.domain.ProjectAction;
import org.s3coop.partnership.domain.ProjectTransition;
import org.s3coop.partnership.events.ProjectEvents;
import org.s3coop.partnership.repository.InvestmentProjectRepository;
import org.s3coop.partnership.repository.ProjectTransitionRepository;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Records investment projects of a partnership, edits them and moves them through their statuses
 * ({@link ProjectAction}). Each change locks the partnership's row, checks the caller's right (the partnership's lead
 * editors or an admin: {@link PartnershipAction#RECORD_PROJECT}, {@link PartnershipAction#MOVE_PROJECT}) and the
 * project's If-Match, and goes through {@link PartnershipChanges} in one transaction: the project's audit entry (in
 * the partnership's trail, entity {@code project}) and event, the portfolio's figures, and the passed gates
 * re-evaluated (a FUNDED project withdrawn regresses INVESTMENT_PROJECT).
 */
@ApplicationScoped
public class ProjectService {
    @Inject
    InvestmentProjectRepository projects;
    @Inject
    ProjectTransitionRepository history;
    @Inject
    PartnershipService partnerships;
    @Inject
    PartnershipChanges changes;
    @Inject
    PartnershipAuthority authority;
    @Inject
    PortfolioFigures figures;

    @WithSession
    public Uni<List<InvestmentProject>> list(UUID partnershipId) {
        return partnerships.get(partnershipId).chain(p -> projects.of(partnershipId));
    }

    @WithSession
    public Uni<InvestmentProject> get(UUID partnershipId, UUID projectId) {
        return projects.of(partnershipId, projectId).onItem().ifNull().failWith(() -> notFound(partnershipId, projectId));
    }

    @WithSession
    public Uni<List<ProjectTransition>> history(UUID partnershipId, UUID projectId) {
        return get(partnershipId, projectId).chain(x -> history.of(projectId));
    }

    @WithTransaction
    public Uni<InvestmentProject> record(UUID partnershipId, InvestmentProject.Details details) {
        return changes.lock(partnershipId).chain(p -> {
            authority.require(p, PartnershipAction.RECORD_PROJECT, null);
            InvestmentProject.requireFits(p, details);
            InvestmentProject x = InvestmentProject.record(p.id, details);
            return change(p, x, null, PartnershipAction.RECORD_PROJECT, (q, before) -> projects.persist(x)
                    .replaceWith(List.of(ProjectEvents.recorded(q, x))));
        });
    }

    @WithTransaction
    public Uni<InvestmentProject> update(UUID partnershipId, UUID projectId, InvestmentProject.Details details,
            ExpectedVersion expected) {
        return locked(partnershipId, projectId, PartnershipAction.RECORD_PROJECT, expected).chain(px -> {
            InvestmentProject.requireFits(px.partnership(), details);
            InvestmentProject x = px.project();
            return change(px.partnership(), x, x.state(), PartnershipAction.RECORD_PROJECT, (q, before) -> {
                x.edit(details);
                return Uni.createFrom().item(List.of(ProjectEvents.updated(q, x)));
            });
        });
    }

    @WithTransaction
    public Uni<InvestmentProject> transition(UUID partnershipId, UUID projectId, ProjectAction action, String reason,
            ExpectedVersion expected) {
        action.requireFields(reason);
        return locked(partnershipId, projectId, PartnershipAction.MOVE_PROJECT, expected).chain(px -> {
            px.partnership().requireOpen();
            InvestmentProject x = px.project();
            return change(px.partnership(), x, x.state(), PartnershipAction.MOVE_PROJECT, (q, before) -> {
                ProjectTransition t = x.move(action, reason, authority.actor());
                return history.persist(t).replaceWith(List.of(ProjectEvents.statusChanged(q, x, t)));
            });
        });
    }

    private record Locked(Partnership partnership, InvestmentProject project) {
    }

    /** Locks the partnership, checks the right, finds the project (404) and checks If-Match against its version. */
    private Uni<Locked> locked(UUID partnershipId, UUID projectId, PartnershipAction action, ExpectedVersion expected) {
        return changes.lock(partnershipId).chain(p -> {
            authority.require(p, action, null);
            return projects.of(partnershipId, projectId).onItem().ifNull().failWith(() -> notFound(partnershipId, projectId))
                    .invoke(x -> expected.require(x.version)).map(x -> new Locked(p, x));
        });
    }

    /**
     * Applies {@code change} to the project through {@link PartnershipChanges} (the passed gates re-evaluated, the
     * project's audit entry, events with their actor), moving its figures in the portfolio's aggregates.
     */
    private Uni<InvestmentProject> change(Partnership p, InvestmentProject x, InvestmentProject.State before,
            PartnershipAction action, BiFunction<Partnership, InvestmentProject.State, Uni<List<DomainEvent>>> change) {
        return figures.around(p, () -> changes.applyToPart(p, authority.actor(), action.name(), "project",
                x.id.toString(), before, x::state, q -> change.apply(q, before))).replaceWith(x);
    }

    private static ProblemException notFound(UUID partnershipId, UUID projectId) {
        return ProblemException.notFound("No investment project " + projectId + " in partnership " + partnershipId);
    }
}
