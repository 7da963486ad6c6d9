package org.s3coop.region.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComplementarityScorerTest {
    private final ComplementarityScorer scorer = new ComplementarityScorer(
            (family, code) -> family == PriorityFamily.ECONOMIC_DOMAIN ? code.substring(0, 1) : null);

    private static Region region(String code, Priority... priorities) {
        return Region.register(code, code, code, "2024", List.of(priorities));
    }

    private static Priority eco(String code) {
        return new Priority(PriorityFamily.ECONOMIC_DOMAIN, code, code);
    }

    private static Priority policy(String code) {
        return new Priority(PriorityFamily.POLICY_OBJECTIVE, code, code);
    }

    private static Priority science(String code) {
        return new Priority(PriorityFamily.SCIENTIFIC_DOMAIN, code, code);
    }

    @Test
    void scoresTheDocumentedExample() {
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
        assertThat(scorer.rank(a, SuggestionCandidates.of(a, List.of(same, retired, zero, x, y), LevelScope.SAME, false,
                List.of()), 10)).extracting(PartnerSuggestion::code).containsExactly("DE21", "IT20");
    }

    @Test
    void scoresAHandCheckedPairAcrossTheThreeFamilies() {
        // A = {C21, NABS05, DIGITAL}, B = {C21, NABS05, C26, J62, ENERGY}: shared 2 of a union of 6;
        // B \ A = {C26, J62, ENERGY}, of which C26 shares section C with C21: 1 of 3
        Region a = region("ES51", eco("C21"), science("NABS05"), policy("DIGITAL_TRANSFORMATION"));
        Region b = region("DE21", eco("C21"), science("NABS05"), eco("C26"), eco("J62"), policy("ENERGY"));
        PartnerSuggestion s = scorer.score(a, b);
        assertThat(s.similarity()).isEqualTo(0.3333);
        assertThat(s.complementarity()).isEqualTo(0.3333);
        assertThat(s.score()).isEqualTo(0.3333);
        assertThat(s.sharedCodes()).containsExactly("C21", "NABS05");
        assertThat(s.complementaryCodes()).containsExactly("C26");
        assertThat(s).extracting(PartnerSuggestion::code, PartnerSuggestion::name, PartnerSuggestion::country)
                .containsExactly("DE21", "DE21", "DE");
    }

    @Test
    void identicalPrioritiesAreFullySimilarAndComplementNothing() {
        Region a = region("ES51", eco("C21"), policy("HEALTH"));
        Region b = region("DE21", policy("HEALTH"), eco("C21"));
        PartnerSuggestion s = scorer.score(a, b);
        assertThat(s.similarity()).isEqualTo(1.0);
        assertThat(s.complementarity()).isZero();
        assertThat(s.score()).isEqualTo(0.6);
    }

    @Test
    void onlyRelatedEconomicCodesComplement() {
        // B \ A = {C20, C, J62, NABS05, ENERGY}: C20 and the section C relate to C21; nothing else does
        Region a = region("ES51", eco("C21"), science("NABS04"), policy("HEALTH"));
        Region b = region("DE21", eco("C20"), eco("C"), eco("J62"), science("NABS05"), policy("ENERGY"));
        PartnerSuggestion s = scorer.score(a, b);
        assertThat(s.similarity()).isZero();
        assertThat(s.complementaryCodes()).containsExactly("C", "C20");
        assertThat(s.complementarity()).isEqualTo(0.4);
        assertThat(s.score()).isEqualTo(0.16);
    }

    @Test
    void aSectionIsComplementedByItsDivisions() {
        Region a = region("ES51", eco("C"));
        Region b = region("DE21", eco("C21"), eco("C22"));
        PartnerSuggestion s = scorer.score(a, b);
        assertThat(s.complementaryCodes()).containsExactly("C21", "C22");
        assertThat(s.complementarity()).isEqualTo(1.0);
        assertThat(s.score()).isEqualTo(0.4);
    }

    @Test
    void regionsWithoutPrioritiesScoreZero() {
        Region none = region("ES51");
        assertThat(scorer.score(none, region("DE21"))).extracting(PartnerSuggestion::similarity,
                PartnerSuggestion::complementarity, PartnerSuggestion::score).containsExactly(0.0, 0.0, 0.0);
        assertThat(scorer.score(none, region("DE21", eco("C21"))).score()).isZero();
        assertThat(scorer.score(region("DE21", eco("C21")), none).score()).isZero();
    }

    @Test
    void figuresAreRoundedHalfUpToFourDecimals() {
        assertThat(ComplementarityScorer.round(1.0 / 3)).isEqualTo(0.3333);
        assertThat(ComplementarityScorer.round(2.0 / 3)).isEqualTo(0.6667);
        assertThat(ComplementarityScorer.round(0.03125)).isEqualTo(0.0313);
        assertThat(ComplementarityScorer.round(0.00005)).isEqualTo(0.0001);
    }

    @Test
    void ranksBestFirstBreaksTiesByCodeAndCutsAtTheLimit() {
        Region a = region("ES51", eco("C21"), policy("HEALTH"));
        Region half = region("FR10", eco("C21"));                   // similarity 0.5: score 0.3
        Region full = region("PT11", eco("C21"), policy("HEALTH")); // similarity 1: score 0.6
        Region tieLate = region("SE11", eco("C21"));                // as FR10
        Region tieEarly = region("AT13", eco("C21"));               // as FR10
        List<Region> candidates = List.of(half, full, tieLate, tieEarly);
        assertThat(scorer.rank(a, candidates, 10)).extracting(PartnerSuggestion::code, PartnerSuggestion::score)
                .containsExactly(tuple("PT11", 0.6), tuple("AT13", 0.3), tuple("FR10", 0.3), tuple("SE11", 0.3));
        assertThat(scorer.rank(a, candidates, 2)).extracting(PartnerSuggestion::code).containsExactly("PT11", "AT13");
    }

    @Test
    void aRegionIsNeverItsOwnPartner() {
        Region a = region("ES51", eco("C21"));
        Region otherCountrySameCode = region("ES51", eco("C21"));
        otherCountrySameCode.country = "DE";
        assertThat(scorer.rank(a, SuggestionCandidates.of(a, List.of(a, otherCountrySameCode), LevelScope.ANY, true,
                List.of()), 10)).isEmpty();
    }
}
