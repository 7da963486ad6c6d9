package org.s3coop.region.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.audit.AuditRecord;
import org.s3coop.platform.audit.AuditTrail;
import org.s3coop.platform.events.Outbox;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.versioning.ExpectedVersion;
import org.s3coop.region.domain.CooperationProfile;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.Region;
import org.s3coop.region.domain.RegionFilter;
import org.s3coop.region.domain.RegionProblem;
import org.s3coop.region.domain.RegionState;
import org.s3coop.region.events.RegionEvents;
import org.s3coop.region.repository.RegionReads;
import org.s3coop.region.repository.RegionRepository;
import org.s3coop.region.service.command.PriorityChoice;
import org.s3coop.region.service.command.RegisterRegion;
import org.s3coop.region.service.command.UpdateRegion;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Registers, describes and retires regions, each change with its event in the outbox and its entry in the audit trail
 * in the same transaction; reads them with their cooperation profile (one query per page, not per region). Only codes
 * of the NUTS 2024 classification are registered or described; a description that changes nothing changes nothing
 * (no version, no event, no audit entry).
 */
@ApplicationScoped
public class RegionService {
    /** The aggregate type of the audit trail ({@code GET /api/v1/regions/{code}/audit}). */
    static final String AUDITED = "region";

    @Inject
    RegionRepository regions;
    @Inject
    RegionReads reads;
    @Inject
    PriorityResolver priorities;
    @Inject
    NutsClassification nuts;
    @Inject
    CooperationReadModel cooperation;
    @Inject
    RegionAuthority authority;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;

    @WithSession
    public Uni<Region> get(String code) {
        return regions.findById(code).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No region with code " + code));
    }

    /** One region as readers see it: one statement ({@link RegionReads}), no ORM session. */
    public Uni<RegionDetails> details(String code) {
        // one operator for both (each Mutiny operator captures and restores the request's context: the hot read)
        return reads.find(code).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("No region with code " + code);
            }
            return new RegionDetails(found.region(), found.cooperation(), found.classification());
        });
    }

    @WithSession
    public Uni<Page<RegionDetails>> list(RegionFilter filter, PageRequest page) {
        return regions.list(filter, page).chain(found -> withDetails(found.items())
                .map(details -> new Page<>(details, found.page(), found.size(), found.totalItems(), found.totalPages())));
    }

    /** The regions with their cooperation profiles and classification entries: two queries for any number. */
    Uni<List<RegionDetails>> withDetails(List<Region> found) {
        List<String> codes = found.stream().map(r -> r.code).toList();
        return cooperation.profilesOf(codes).chain(profiles -> nuts.entries(codes).map(units -> found.stream()
                .map(r -> new RegionDetails(r, profiles.getOrDefault(r.code, CooperationProfile.none()), units.get(r.code)))
                .toList()));
    }

    /** The region's audit trail (its changes and its stakeholders'); 404 for a region never registered. */
    @WithSession
    public Uni<Page<AuditEntry>> audit(String code, AuditQuery query, PageRequest page) {
        return get(code).chain(r -> audit.list(AUDITED, code, query, page));
    }

    /** Reads the region and locks its row until the transaction ends, so concurrent changes queue up. */
    private Uni<Region> getForUpdate(String code) {
        return regions.findById(code, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No region with code " + code));
    }

    @WithTransaction
    public Uni<RegionDetails> register(RegisterRegion cmd) {
        authority.requireEditorOf(cmd.code());
        return nuts.entries(List.of(cmd.code())).chain(units -> {
            NutsRegion unit = units.get(cmd.code());
            var resolved = check(cmd.code(), unit, units, cmd.priorities());
            return regions.findById(cmd.code()).chain(existing -> {
                if (existing != null) {
                    return Uni.createFrom().failure(RegionProblem.REGION_EXISTS.exception("Region " + cmd.code()
                            + " is already registered" + (existing.active ? "" : " (retired)")));
                }
                Region region = Region.register(cmd.code(), nameOr(cmd.name(), unit), unit.name, NutsRegion.VERSION,
                        resolved);
                return regions.persist(region)
                        .chain(regions::flush)
                        .chain(() -> recorded(RegionEvents.REGISTERED, "REGISTER", region, null))
                        .chain(() -> withDetails(List.of(region)).map(d -> d.get(0)));
            });
        });
    }

    @WithTransaction
    public Uni<RegionDetails> update(UpdateRegion cmd, ExpectedVersion expected) {
        authority.requireEditorOf(cmd.code());
        if (Boolean.FALSE.equals(cmd.active())) {
            throw ProblemException.invalid("active", "cannot be set to false; DELETE the region to retire it");
        }
        return getForUpdate(cmd.code()).chain(region -> {
            expected.require(region.version);
            return nuts.entries(List.of(cmd.code())).chain(units -> {
                NutsRegion unit = units.get(cmd.code());
                var resolved = check(cmd.code(), unit, units, cmd.priorities());
                RegionState before = region.state();
                if (!region.revise(nameOr(cmd.name(), unit), NutsRegion.VERSION, resolved,
                        Boolean.TRUE.equals(cmd.active()))) {
                    return withDetails(List.of(region)).map(d -> d.get(0));
                }
                return regions.flush()
                        .chain(() -> recorded(RegionEvents.UPDATED, "UPDATE", region, before))
                        .chain(() -> withDetails(List.of(region)).map(d -> d.get(0)));
            });
        });
    }

    /** Retires the region; retiring a retired region changes nothing and publishes nothing. */
    @WithTransaction
    public Uni<Region> retire(String code, ExpectedVersion expected) {
        authority.requireEditorOf(code);
        return getForUpdate(code).chain(region -> {
            expected.require(region.version);
            RegionState before = region.state();
            if (!region.retire()) {
                return Uni.createFrom().item(region);
            }
            return regions.flush()
                    .chain(() -> recorded(RegionEvents.RETIRED, "RETIRE", region, before))
                    .replaceWith(region);
        });
    }

    /**
     * The region's change as the outbox and the audit trail keep it, in the caller's transaction: its event (type
     * {@code eventType}, by the caller) and its audit entry ({@code action}; {@code before} null for a creation).
     */
    Uni<Void> recorded(String eventType, String action, Region region, RegionState before) {
        String actor = authority.actor();
        return outbox.append(RegionEvents.of(eventType, region).by(actor))
                .chain(() -> audit.record(new AuditRecord(AUDITED, region.code, AUDITED, null, action, actor, before,
                        region.state())));
    }

    /** The priorities of a region under {@code code}; 400 naming the code if it is not listed and every priority at fault. */
    private List<Priority> check(String code, NutsRegion unit, Map<String, NutsRegion> units,
            List<PriorityChoice> choices) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (unit == null) {
            violations.add(new Problem.Violation("code", NutsClassification.notListed(code, units)));
        }
        PriorityResolver.Resolution resolution = priorities.check(choices);
        violations.addAll(resolution.violations());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return resolution.priorities();
    }

    /** The name given, or the official one when none is. */
    static String nameOr(String given, NutsRegion unit) {
        return given == null || given.isBlank() ? unit.name : given.strip();
    }
}
