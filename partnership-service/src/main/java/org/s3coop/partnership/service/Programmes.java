package org.s3coop.partnership.service;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.partnership.domain.Programme;
import org.s3coop.partnership.repository.ProgrammeRepository;
import org.s3coop.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The programmes (reference data of migration V3): read once and kept, since only a migration changes them. A
 * proposal naming an unknown programme is a 400 with a violation on {@code programme}.
 */
@ApplicationScoped
public class Programmes {
    @Inject
    ProgrammeRepository repository;

    private volatile List<Programme> cached;

    /** Every programme, in the order of the list. */
    @WithSession
    public Uni<List<Programme>> all() {
        List<Programme> known = cached;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return repository.all().invoke(loaded -> cached = List.copyOf(loaded));
    }

    /** The programme of a partnership (its code was checked when it was proposed). */
    public Uni<Programme> of(String code) {
        return all().map(list -> list.stream().filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no programme " + code + " in the programme table")));
    }

    /** The programme a proposal names (the default when it names none); 400 on {@code programme} when unknown. */
    public Uni<Programme> require(String code) {
        String wanted = code == null ? Programme.DEFAULT : code;
        return all().map(list -> list.stream().filter(p -> p.code.equals(wanted)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("programme", "must be one of " + list.stream()
                        .map(p -> p.code).collect(Collectors.joining(", ")))));
    }
}
