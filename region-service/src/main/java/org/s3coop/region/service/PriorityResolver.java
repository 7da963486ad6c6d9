package org.s3coop.region.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.region.catalogue.PriorityCatalogue;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.service.command.PriorityChoice;

/**
 * Checks priorities against the catalogue: unknown or repeated codes are refused, field by field; a missing label
 * takes the catalogue's.
 */
@ApplicationScoped
public class PriorityResolver {
    private final PriorityCatalogue catalogue;

    @Inject
    public PriorityResolver(PriorityCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The priorities, or 400 with every one at fault. */
    public List<Priority> resolve(List<PriorityChoice> choices) {
        Resolution resolution = check(choices);
        if (!resolution.violations().isEmpty()) {
            throw ProblemException.invalid(resolution.violations());
        }
        return resolution.priorities();
    }

    /** The priorities that are right, and a violation ({@code priorities[i].code}) for each one that is not. */
    public record Resolution(List<Priority> priorities, List<Problem.Violation> violations) {
    }

    public Resolution check(List<PriorityChoice> choices) {
        List<Priority> priorities = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            PriorityChoice in = choices.get(i);
            var entry = catalogue.find(in.family(), in.code());
            if (entry.isEmpty()) {
                violations.add(new Problem.Violation("priorities[" + i + "].code", "'" + in.code()
                        + "' is not a " + in.family() + " code of the priority catalogue (GET /api/v1/priority-catalogue)"));
                continue;
            }
            Priority p = new Priority(in.family(), in.code(),
                    in.label() == null || in.label().isBlank() ? entry.get().label() : in.label().strip());
            if (!seen.add(p.key())) {
                violations.add(new Problem.Violation("priorities[" + i + "].code", "'" + in.code() + "' is listed twice"));
                continue;
            }
            priorities.add(p);
        }
        return new Resolution(List.copyOf(priorities), List.copyOf(violations));
    }
}
