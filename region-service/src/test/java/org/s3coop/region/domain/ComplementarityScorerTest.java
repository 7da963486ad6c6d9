package org.s3coop.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComplementarityScorerTest {
    private final ComplementarityScorer scorer = new ComplementarityScorer(
            (family, code) -> family == PriorityFamily.ECONOMIC_DOMAIN ? code.substring(0, 1) : null);

    private static Region region(String code, Priority... priorities) {
        return Region.register(code, code, "2024", List.of(priorities));
    }

    private static Priority eco(String code) {
        return new Priority(PriorityFamily.ECONOMIC_DOMAIN, code, code);
    }

    private static Priority policy(String code) {
        return new Priority(PriorityFamily.POLICY_OBJECTIVE, code, code);
    }

    @Test
    void scoresTheDesignExample() {
        Region a = region("ES51", eco("C21"), eco("C22"), policy("HEALTH"));
        Region b = region("DE21", eco("C21"), eco("C20"), policy("HEALTH"), eco("J62"));
        PartnerSuggestion s = scorer.score(a, b);
        assertThat(s.similarity()).isEqualTo(0.4);
        assertThat(s.complementarity()).isEqualTo(0.5);
        assertThat(s.score()).isEqualTo(0.44);
        assertThat(s.sharedCodes()).containsExactly("C21", "HEALTH");
        assertThat(s.complementaryCodes()).containsExactly("C20");
    }

    @Test
    void sameCodeInAnotherFamilyIsNotShared() {
        Region a = region("ES51", eco("C21"));
        Region b = region("DE21", new Priority(PriorityFamily.POLICY_OBJECTIVE, "C21", "odd"));
        assertThat(scorer.score(a, b).similarity()).isZero();
    }

    @Test
    void aSectionComplementsItsDivisions() {
        Region a = region("ES51", eco("C21"));
        Region b = region("DE21", eco("C"));
        assertThat(scorer.score(a, b).complementaryCodes()).containsExactly("C");
    }

    @Test
    void ranksByScoreThenCodeAndLeavesOutTheSameCountryRetiredAndZero() {
        Region a = region("ES51", eco("C21"));
        Region same = region("ES52", eco("C21"));
        Region retired = region("FR10", eco("C21"));
        retired.retire();
        Region zero = region("FR11", eco("J62"));
        Region x = region("IT20", eco("C21"));
        Region y = region("DE21", eco("C21"));
        assertThat(scorer.rank(a, List.of(same, retired, zero, x, y), 10)).extracting(PartnerSuggestion::code)
                .containsExactly("DE21", "IT20");
    }
}
