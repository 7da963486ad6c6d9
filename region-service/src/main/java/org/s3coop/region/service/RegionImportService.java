package org.s3coop.region.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.FlushMode;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.Region;
import org.s3coop.region.domain.RegionState;
import org.s3coop.region.domain.Stakeholder;
import org.s3coop.region.events.RegionEvents;
import org.s3coop.region.repository.RegionRepository;
import org.s3coop.region.repository.StakeholderRepository;
import org.s3coop.region.service.ImportResult.Outcome;
import org.s3coop.region.service.command.AddStakeholder;
import org.s3coop.region.service.command.ImportMode;
import org.s3coop.region.service.command.ImportRow;
import org.s3coop.region.service.command.PriorityChoice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Registers or describes many regions at once (POST /api/v1/regions/import), in one transaction: every row is
 * checked first — its code is one of the classification and the caller's, listed once, not retired; its priorities
 * are in the catalogue — then, unless a row is invalid in mode ALL, each row is written as a registration (event
 * {@code registered}), a description that changes the region ({@code updated}) or nothing at all (unchanged: no
 * version, no event), and its new stakeholders are added. Same rules, events and audit entries as one region at a
 * time.
 */
@ApplicationScoped
public class RegionImportService {
    @Inject
    RegionRepository regions;
    @Inject
    StakeholderRepository stakeholders;
    @Inject
    NutsClassification nuts;
    @Inject
    PriorityResolver priorities;
    @Inject
    RegionAuthority authority;
    @Inject
    RegionService regionService;
    @Inject
    StakeholderService stakeholderService;

    /** A row checked: what writing it does, or why it cannot be written ({@code refused}: not the caller's region). */
    private record Plan(ImportRow row, Outcome outcome, Region existing, NutsRegion unit, String name,
            List<Priority> priorities, List<AddStakeholder> newStakeholders, List<Problem.Violation> violations,
            boolean refused) {

        ImportResult.Row result(Long version) {
            return new ImportResult.Row(row.line(), row.code(), outcome, version,
                    outcome == Outcome.INVALID ? 0 : newStakeholders.size(), violations);
        }
    }

    @WithTransaction
    public Uni<ImportResult> importRows(List<ImportRow> rows, ImportMode mode) {
        List<String> codes = rows.stream().map(ImportRow::code).filter(Objects::nonNull).distinct().toList();
        // the rows' regions and stakeholders are written once, at commit: the outbox and audit inserts in between
        // need not flush the session every time (hundreds of entities, each flush checking them all)
        return Panache.getSession().invoke(s -> s.setFlushMode(FlushMode.COMMIT)).chain(() -> nuts.entries(codes)).chain(units -> regions.findAllForUpdate(codes).chain(found -> stakeholders
                .ofRegions(found.stream().map(r -> r.code).toList()).chain(held -> {
                    Map<String, Region> existing = found.stream().collect(Collectors.toMap(r -> r.code, Function.identity()));
                    Map<String, List<Stakeholder>> heldBy = held.stream().collect(Collectors.groupingBy(s -> s.regionCode));
                    Map<String, Integer> firstLine = new HashMap<>();
                    List<Plan> plans = rows.stream()
                            .map(row -> plan(row, units, existing, heldBy, firstLine)).toList();
                    requireOwnRows(plans, mode);
                    if (mode == ImportMode.ALL && plans.stream().anyMatch(p -> p.outcome() == Outcome.INVALID)) {
                        return Uni.createFrom().item(new ImportResult(mode, false, plans.stream()
                                .map(p -> p.result(p.existing() == null ? null : p.existing().version)).toList()));
                    }
                    return Multi.createFrom().iterable(plans).onItem().transformToUniAndConcatenate(this::write)
                            .collect().asList().map(written -> new ImportResult(mode, true, written));
                })));
    }

    /**
     * 403 when the caller may change none of the rows' regions, or (mode ALL, where one refused row stops the whole
     * file) not all of them; in mode VALID_ROWS the rows of other regions are reported invalid.
     */
    private static void requireOwnRows(List<Plan> plans, ImportMode mode) {
        List<Plan> refused = plans.stream().filter(Plan::refused).toList();
        long withCode = plans.stream().filter(p -> p.row().code() != null).count();
        if (!refused.isEmpty() && (mode == ImportMode.ALL || refused.size() == withCode)) {
            throw ProblemException.forbidden("Your token may import only rows of its own regions; refused: "
                    + refused.stream().map(p -> p.row().code() + " (line " + p.row().line() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    private Plan plan(ImportRow row, Map<String, NutsRegion> units, Map<String, Region> existing,
            Map<String, List<Stakeholder>> heldBy, Map<String, Integer> firstLine) {
        List<Problem.Violation> violations = new ArrayList<>(row.violations());
        String code = row.code();
        if (code == null) {
            return new Plan(row, Outcome.INVALID, null, null, null, List.of(), List.of(), violations, false);
        }
        Integer seen = firstLine.putIfAbsent(code, row.line());
        if (seen != null) {
            violations.add(new Problem.Violation("code", code + " is on line " + seen + " already: one row per region"));
        }
        var refusal = authority.refusalFor(code);
        refusal.ifPresent(why -> violations.add(new Problem.Violation("code", why)));
        NutsRegion unit = units.get(code);
        if (unit == null) {
            violations.add(new Problem.Violation("code", NutsClassification.notListed(code, units)));
        }
        Region region = existing.get(code);
        if (region != null && !region.active) {
            violations.add(new Problem.Violation("code", "region " + code + " is retired: bring it back with PUT "
                    + "/api/v1/regions/" + code + " and \"active\": true before importing it"));
        }
        PriorityResolver.Resolution resolution = priorities.check(withLabelsOf(region, row.priorities()));
        violations.addAll(resolution.violations());
        List<AddStakeholder> newStakeholders = newStakeholders(row.stakeholders(), heldBy.getOrDefault(code, List.of()));
        if (!violations.isEmpty()) {
            return new Plan(row, Outcome.INVALID, region, unit, null, List.of(), List.of(), violations,
                    refusal.isPresent());
        }
        String name = RegionService.nameOr(row.name(), unit);
        Outcome outcome = region == null ? Outcome.CREATED
                : region.wouldChange(name, NutsRegion.VERSION, resolution.priorities(), false) ? Outcome.UPDATED
                : Outcome.UNCHANGED;
        return new Plan(row, outcome, region, unit, name, resolution.priorities(), newStakeholders, List.of(), false);
    }

    /** A priority listed without a label keeps the region's label for that code (else the catalogue's). */
    private static List<PriorityChoice> withLabelsOf(Region region, List<PriorityChoice> choices) {
        if (region == null) {
            return choices;
        }
        Map<String, String> labels = region.priorities.stream()
                .collect(Collectors.toMap(Priority::key, Priority::label, (a, b) -> a));
        return choices.stream().map(c -> c.label() != null && !c.label().isBlank() ? c
                : new PriorityChoice(c.family(), c.code(), labels.get(c.family() + ":" + c.code()))).toList();
    }

    /** The stakeholders of the row the region does not have yet (same name, any case, and type), each once. */
    private static List<AddStakeholder> newStakeholders(List<AddStakeholder> listed, List<Stakeholder> held) {
        Set<String> known = new HashSet<>();
        held.forEach(s -> known.add(s.type + ":" + s.name.toLowerCase(java.util.Locale.ROOT)));
        return listed.stream().filter(s -> known.add(s.type() + ":" + s.name().strip().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private Uni<ImportResult.Row> write(Plan plan) {
        return switch (plan.outcome()) {
            case INVALID -> Uni.createFrom().item(plan.result(null));
            case CREATED -> {
                Region region = Region.register(plan.row().code(), plan.name(), plan.unit().name, NutsRegion.VERSION,
                        plan.priorities());
                yield regions.persist(region)
                        .chain(() -> regionService.recorded(RegionEvents.REGISTERED, "REGISTER", region, null))
                        .chain(() -> addStakeholders(plan)).map(v -> plan.result(region.version));
            }
            case UPDATED -> {
                Region region = plan.existing();
                RegionState before = region.state();
                region.revise(plan.name(), NutsRegion.VERSION, plan.priorities(), false);
                yield regionService.recorded(RegionEvents.UPDATED, "UPDATE", region, before)
                        .chain(() -> addStakeholders(plan)).map(v -> plan.result(region.version));
            }
            case UNCHANGED -> addStakeholders(plan).map(v -> plan.result(plan.existing().version));
        };
    }

    private Uni<Void> addStakeholders(Plan plan) {
        return Multi.createFrom().iterable(plan.newStakeholders()).onItem()
                .transformToUniAndConcatenate(s -> stakeholderService.added(
                        Stakeholder.of(plan.row().code(), s.name().strip(), s.type())))
                .collect().last().replaceWithVoid();
    }
}
