package org.s3coop.region.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.region.catalogue.PriorityCatalogue;
import org.s3coop.region.domain.Priority;
import org.s3coop.region.domain.PriorityFamily;
import org.s3coop.region.service.command.PriorityChoice;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The priority rules, against the catalogue the service ships ({@code catalogue/priorities.json}). */
class PriorityResolverTest {
    private static final PriorityCatalogue CATALOGUE = new PriorityCatalogue(new ObjectMapper());
    private final PriorityResolver resolver = new PriorityResolver(CATALOGUE);

    private static PriorityChoice eco(String code, String label) {
        return new PriorityChoice(PriorityFamily.ECONOMIC_DOMAIN, code, label);
    }

    private static String catalogueLabel(PriorityFamily family, String code) {
        return CATALOGUE.find(family, code).orElseThrow().label();
    }

    private List<Problem.Violation> violations(List<PriorityChoice> choices) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> resolver.resolve(choices));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        return e.problem().violations();
    }

    @Test
    void catalogueCodesResolveInTheOrderGivenWithTheRegionsLabelOrTheCatalogues() {
        List<Priority> resolved = resolver.resolve(List.of(eco("C21", "  Pharma  "),
                new PriorityChoice(PriorityFamily.POLICY_OBJECTIVE, "HEALTH", null),
                new PriorityChoice(PriorityFamily.SCIENTIFIC_DOMAIN, "NABS05", " ")));
        assertThat(resolved).containsExactly(
                new Priority(PriorityFamily.ECONOMIC_DOMAIN, "C21", "Pharma"),
                new Priority(PriorityFamily.POLICY_OBJECTIVE, "HEALTH", catalogueLabel(PriorityFamily.POLICY_OBJECTIVE, "HEALTH")),
                new Priority(PriorityFamily.SCIENTIFIC_DOMAIN, "NABS05", catalogueLabel(PriorityFamily.SCIENTIFIC_DOMAIN, "NABS05")));
    }

    @Test
    void noPrioritiesIsNone() {
        assertThat(resolver.resolve(List.of())).isEmpty();
    }

    @Test
    void aCodeOutsideTheCatalogueOfItsFamilyIsRefusedByPosition() {
        assertThat(violations(List.of(eco("C21", null), eco("C99", null),
                new PriorityChoice(PriorityFamily.POLICY_OBJECTIVE, "C21", null))))
                .extracting(Problem.Violation::field, Problem.Violation::message)
                .containsExactly(
                        tuple("priorities[1].code", "'C99' is not a ECONOMIC_DOMAIN code of "
                                + "the priority catalogue (GET /api/v1/priority-catalogue)"),
                        tuple("priorities[2].code", "'C21' is not a POLICY_OBJECTIVE code of "
                                + "the priority catalogue (GET /api/v1/priority-catalogue)"));
    }

    @Test
    void aCodeListedTwiceInItsFamilyIsRefusedWhateverTheLabel() {
        assertThat(violations(List.of(eco("C21", "one"), eco("C22", null), eco("C21", "other"))))
                .extracting(Problem.Violation::field, Problem.Violation::message)
                .containsExactly(tuple("priorities[2].code", "'C21' is listed twice"));
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        assertThat(violations(List.of(eco("X1", null), eco("C21", null), eco("C21", null), eco("X2", null))))
                .extracting(Problem.Violation::field)
                .containsExactly("priorities[0].code", "priorities[2].code", "priorities[3].code");
    }
}
