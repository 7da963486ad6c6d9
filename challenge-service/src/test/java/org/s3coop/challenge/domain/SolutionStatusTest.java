package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.ProblemException;

/** A solution's status moves forward only (steps may be skipped); ADOPTED needs an adopting region. */
class SolutionStatusTest {

    @Test
    void everyMoveForwardOrInPlaceIsAllowedAndEveryMoveBackIsNot() {
        for (SolutionStatus from : SolutionStatus.values()) {
            for (SolutionStatus to : SolutionStatus.values()) {
                boolean forward = List.of(SolutionStatus.values()).indexOf(to) >= List.of(SolutionStatus.values()).indexOf(from);
                assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(forward);
            }
        }
        assertThat(SolutionStatus.values()).containsExactly(SolutionStatus.PROPOSED, SolutionStatus.PILOTED,
                SolutionStatus.ADOPTED);
    }

    @Test
    void aSolutionSkipsAStepButNeverGoesBack() {
        Solution s = Solution.propose(UUID.randomUUID(), " Joint secretariat ", null, List.of("ES51"), null, "alice");
        assertThat(s.status).isEqualTo(SolutionStatus.PROPOSED);
        assertThat(s.title).isEqualTo("Joint secretariat");
        assertThat(s.description).isEmpty();

        s.requireCanMoveTo(SolutionStatus.ADOPTED);
        s.update("Joint secretariat", "Shared", List.of("ES51", "DE21", "ES51"), SolutionStatus.ADOPTED, null);
        assertThat(s.status).isEqualTo(SolutionStatus.ADOPTED);
        assertThat(s.adoptingRegions).containsExactly("DE21", "ES51");

        assertThatThrownBy(() -> s.requireCanMoveTo(SolutionStatus.PILOTED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().type()).endsWith("/solution-status-backwards");
                })
                .hasMessage("Solution " + s.id + " is ADOPTED; its status moves forward only (PROPOSED → PILOTED → ADOPTED)");
        s.requireCanMoveTo(SolutionStatus.ADOPTED);
    }

    @Test
    void anAdoptedSolutionNamesAnAdoptingRegion() {
        for (List<String> none : Arrays.asList(null, List.<String>of())) {
            assertThatThrownBy(() -> Solution.requireAdopters(SolutionStatus.ADOPTED, none))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(400);
                        assertThat(e.problem().violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("adoptingRegions"));
                    });
        }
        Solution.requireAdopters(SolutionStatus.ADOPTED, List.of("ES51"));
        Solution.requireAdopters(SolutionStatus.PILOTED, List.of());
        Solution.requireAdopters(SolutionStatus.PROPOSED, null);
    }
}
