package org.s3coop.region.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.region.domain.NutsFilter;
import org.s3coop.region.domain.NutsRegion;
import org.s3coop.region.repository.NutsRepository;
import org.s3coop.region.repository.RegionRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The NUTS 2024 classification as portals browse it and as registrations are checked against it: only its codes
 * are registered, and a code that is not one of them gets a violation that says why.
 */
@ApplicationScoped
public class NutsClassification {
    /** Greece is EL in NUTS (Eurostat's code), not its ISO code GR. */
    private static final String GREECE_ISO = "GR";
    private static final String GREECE_NUTS = "EL";

    @Inject
    NutsRepository nuts;
    @Inject
    RegionRepository regions;

    /** A code of the classification, and whether a region is registered under it. */
    public record Entry(NutsRegion region, boolean registered) {
    }

    /** A code with its children (one level down). */
    public record Details(Entry entry, List<Entry> children) {
    }

    @WithSession
    public Uni<Page<Entry>> list(NutsFilter filter, PageRequest page) {
        return nuts.list(filter, page).chain(found -> registered(found.items())
                .map(registered -> found.map(n -> new Entry(n, registered.contains(n.code)))));
    }

    @WithSession
    public Uni<Details> details(String code) {
        return nuts.findById(code).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No NUTS 2024 code " + code + " (GET /api/v1/nuts lists them)"))
                .chain(unit -> nuts.children(code).chain(children -> {
                    List<NutsRegion> all = new java.util.ArrayList<>(children);
                    all.add(unit);
                    return registered(all).map(registered -> new Details(new Entry(unit, registered.contains(code)),
                            children.stream().map(c -> new Entry(c, registered.contains(c.code))).toList()));
                }));
    }

    /**
     * The classification's entries for these codes, by code, together with what a violation about the others needs
     * (for a Greek code written with GR, its EL spelling when that is a code).
     */
    @WithSession
    public Uni<Map<String, NutsRegion>> entries(Collection<String> codes) {
        Set<String> wanted = new HashSet<>(codes);
        codes.stream().filter(c -> c.startsWith(GREECE_ISO)).forEach(c -> wanted.add(GREECE_NUTS + c.substring(2)));
        return nuts.findAll(wanted).map(found -> found.stream().collect(Collectors.toMap(n -> n.code, Function.identity())));
    }

    /** Why {@code code} cannot be registered: the violation message on {@code code}. */
    public static String notListed(String code, Map<String, NutsRegion> entries) {
        if (code.startsWith(GREECE_ISO)) {
            String nutsSpelling = GREECE_NUTS + code.substring(2);
            return "'" + code + "' is not a NUTS code: Greece is EL in NUTS"
                    + (entries.containsKey(nutsSpelling) ? " (" + nutsSpelling + ")" : "");
        }
        return "'" + code + "' is not a code of the NUTS " + NutsRegion.VERSION
                + " classification (GET /api/v1/nuts lists them)";
    }

    private Uni<Set<String>> registered(List<NutsRegion> units) {
        return regions.registered(units.stream().map(n -> n.code).toList());
    }
}
