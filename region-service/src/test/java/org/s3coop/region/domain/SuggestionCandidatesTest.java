package org.s3coop.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who may be suggested as a partner at all: the rules before the score. */
class SuggestionCandidatesTest {
    private static final Priority C21 = new Priority(PriorityFamily.ECONOMIC_DOMAIN, "C21", "Pharmaceuticals");
    private static final Priority C22 = new Priority(PriorityFamily.ECONOMIC_DOMAIN, "C22", "Plastics");
    private static final Priority HEALTH = new Priority(PriorityFamily.POLICY_OBJECTIVE, "HEALTH", "Health");

    private static Region region(String code, Priority... priorities) {
        return Region.register(code, code, code, "2024", List.of(priorities));
    }

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(r -> r.code).toList();
    }

    @Test
    void activeRegionsOfOtherCountriesAtTheSameLevel() {
        Region a = region("ES51", C21);
        Region retired = region("FR10", C21);
        retired.retire();
        List<Region> all = List.of(a, region("ES52", C21), region("ES", C21), retired, region("DE21", C21),
                region("DE212", C21), region("DE2", C21), region("PT11", C22));
        assertThat(codes(SuggestionCandidates.of(a, all, LevelScope.SAME, false, List.of()))).containsExactly("DE21", "PT11");
        assertThat(codes(SuggestionCandidates.of(a, all, LevelScope.ANY, false, List.of())))
                .containsExactly("DE21", "DE212", "DE2", "PT11");
        assertThat(codes(SuggestionCandidates.of(a, all, LevelScope.of(3), false, List.of()))).containsExactly("DE212");
    }

    @Test
    void regionsAlreadyPartneringOnASharedPriorityAreLeftOutUnlessAsked() {
        Region a = region("ES51", C21, HEALTH);
        Region onShared = region("DE21", C21);
        Region onTheirs = region("FR10", C22);
        Region onNoneOfA = region("PT11", HEALTH);
        Region free = region("SE11", C21);
        List<JointPartnership> joint = List.of(new JointPartnership("DE21", C21.key()),
                new JointPartnership("FR10", C22.key()), new JointPartnership("PT11", C22.key()));
        List<Region> all = List.of(onShared, onTheirs, onNoneOfA, free);
        // DE21 partners a on C21, which both list; FR10 on C22, which a does not list; PT11 on C22, which neither lists
        assertThat(codes(SuggestionCandidates.of(a, all, LevelScope.SAME, false, joint)))
                .containsExactly("FR10", "PT11", "SE11");
        assertThat(codes(SuggestionCandidates.of(a, all, LevelScope.SAME, true, joint)))
                .containsExactly("DE21", "FR10", "PT11", "SE11");
    }

    @Test
    void levelScopes() {
        assertThat(LevelScope.SAME.admits(2, 2)).isTrue();
        assertThat(LevelScope.SAME.admits(2, 3)).isFalse();
        assertThat(LevelScope.ANY.admits(0, 3)).isTrue();
        assertThat(LevelScope.of(1).admits(2, 1)).isTrue();
        assertThat(LevelScope.of(1).admits(1, 2)).isFalse();
    }
}
