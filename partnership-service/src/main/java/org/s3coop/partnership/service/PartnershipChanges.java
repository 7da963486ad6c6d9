package org.s3coop.partnership.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.partnership.domain.AuditedParts;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PortfolioCell;
import org.s3coop.partnership.domain.StageTransition;
import org.s3coop.partnership.repository.PartnershipRepository;
import org.s3coop.partnership.repository.StageTransitionRepository;
import org.s3coop.platform.audit.AuditRecord;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.events.ChangeLog;
import org.s3coop.platform.events.DomainEvent;
import org.s3coop.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;

/**
 * The one shape of every change of a partnership, by a caller or by the service itself (a read model's event, the
 * letter check): on the locked row, apply the change, re-evaluate the gates already passed ({@link GateWatch}), record
 * every changed part in the audit trail, and write the events with their actor — all in the caller's transaction.
 */
@ApplicationScoped
public class PartnershipChanges {
    /** The audit and history name of a change the service makes by itself. */
    public static final String SYSTEM = AuditRecord.SYSTEM;
    /** The audit trail's aggregate type of a partnership and its parts. */
    static final String AGGREGATE = "partnership";

    @Inject
    PartnershipRepository partnerships;
    @Inject
    GateWatch watch;
    @Inject
    AuditTrail audit;
    @Inject
    ChangeLog log;
    @Inject
    PortfolioFigures figures;
    @Inject
    StageTransitionRepository history;

    /** Reads the partnership and locks its row until the transaction ends, so concurrent changes queue up; 404 when none. */
    Uni<Partnership> lock(UUID id) {
        return partnerships.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> notFound(id));
    }

    /**
     * Applies {@code change} to the locked {@code p} on behalf of {@code actor}, as {@code action} in the audit trail;
     * {@code change} answers the events it caused, the gate watch adds its own.
     */
    Uni<Partnership> apply(Partnership p, String actor, String action,
            Function<Partnership, Uni<List<DomainEvent>>> change) {
        return run(p, actor, action, change, true);
    }

    /**
     * A change of a part kept in its own table (an investment project, a monitoring report), as {@link #apply}: the
     * part's audit entry ({@code entity}, {@code entityId}, its state {@code before} and {@code after} the change)
     * is recorded once {@code change} is flushed.
     */
    Uni<Partnership> applyToPart(Partnership p, String actor, String action, String entity, String entityId,
            Object before, Supplier<Object> after, Function<Partnership, Uni<List<DomainEvent>>> change) {
        // the part's service moves the portfolio's cells itself (PortfolioFigures.around), its projects with them
        return run(p, actor, action, q -> change.apply(q).call(partnerships::flush)
                .call(() -> audit.record(new AuditRecord(AGGREGATE, p.id.toString(), entity, entityId, action, actor,
                        before, after.get()))), false);
    }

    /**
     * A transition: as {@link #apply}, without asking the gate watch, because a transition cannot change what the
     * passed gates' criteria read (they read members, evidence, letters and the read models; STATUS_ACTIVE is not
     * watched): an ADVANCE has just found its gate met, a REVERT drops the regressions of the gates it steps back
     * over, a CLOSE ends the watch, HOLD, RESUME and DISMISS_RESCOPING touch no criterion.
     */
    Uni<Partnership> transition(Partnership p, String actor, String action,
            Function<Partnership, Uni<List<DomainEvent>>> change) {
        AuditedParts before = AuditedParts.of(p);
        PortfolioCell.Shape shape = PortfolioCell.Shape.of(p);
        long version = p.version;
        // Pipelined on the transaction's connection (docs/architecture.md, "Writes and the outbox"): the change's
        // statement is sent, then at once the portfolio's sources, which run after it on the server and so see its
        // history row; then the audit and outbox rows with the cells' deltas, sent together. Nothing is managed by the
        // session (the partnership is detached), so there is nothing to flush; a failure of any statement fails the
        // transaction.
        return Uni.combine().all().unis(change.apply(p), figures.sources(p, shape)).asTuple()
                .chain(done -> Uni.combine().all().unis(record(p, before, actor, action, done.getItem1()),
                        figures.add(p, shape, version, done.getItem2())).discardItems())
                .replaceWith(p);
    }

    private Uni<Partnership> run(Partnership p, String actor, String action,
            Function<Partnership, Uni<List<DomainEvent>>> change, boolean cells) {
        AuditedParts before = AuditedParts.of(p);
        PortfolioCell.Shape shape = PortfolioCell.Shape.of(p);
        long version = p.version;
        return change.apply(p).chain(events -> watch.reevaluate(p).map(found -> {
            List<DomainEvent> all = new ArrayList<>(events);
            all.addAll(found);
            return all;
        })).chain(events -> partnerships.flush().chain(() -> record(p, before, actor, action, events)))
                .call(q -> cells ? figures.moved(q, shape, version) : Uni.createFrom().voidItem());
    }

    /** No change of its own: the gates of {@code p} are re-evaluated as {@code system} after a read model changed. */
    Uni<Partnership> reevaluate(Partnership p, String action) {
        return apply(p, SYSTEM, action, q -> Uni.createFrom().item(List.of()));
    }

    /** Stores a new partnership with its proposal and first events, audited as created by {@code actor}. */
    Uni<Partnership> create(Partnership p, StageTransition proposal, String actor, String action, List<DomainEvent> events) {
        return partnerships.persist(p).chain(partnerships::flush).chain(() -> history.persist(proposal))
                .chain(partnerships::flush) // the portfolio's sources read the proposal's history row
                .chain(() -> record(p, AuditedParts.none(), actor, action, events)).call(q -> figures.moved(q, null, 0));
    }

    /** The audit entries of every changed part and the events, with their actor, in one statement ({@link ChangeLog}). */
    private Uni<Partnership> record(Partnership p, AuditedParts before, String actor, String action,
            List<DomainEvent> events) {
        List<AuditRecord> changes = before.changesTo(AuditedParts.of(p)).stream().map(c -> new AuditRecord(AGGREGATE,
                p.id.toString(), c.entity(), c.entityId(), action, actor, c.before(), c.after())).toList();
        return log.write(changes, events.stream().map(e -> e.by(actor)).toList()).replaceWith(p);
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No partnership with id " + id);
    }
}
