package org.s3coop.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegionTest {
    private static final Priority C21 = new Priority(PriorityFamily.ECONOMIC_DOMAIN, "C21", "Pharmaceuticals");
    private static final Priority HEALTH = new Priority(PriorityFamily.POLICY_OBJECTIVE, "HEALTH", "Health");

    @Test
    void aRegisteredRegionTakesCountryAndLevelFromItsCode() {
        Region r = Region.register("EL30", "Attiki", "Attiki", "2021", List.of(C21, HEALTH));
        assertThat(r.country).isEqualTo("EL");
        assertThat(r.level).isEqualTo(2);
        assertThat(r.active).isTrue();
        assertThat(r.version).isEqualTo(1);
        assertThat(r.priorities).containsExactly(C21, HEALTH);
        assertThat(r.priorityCodes).isEqualTo("|C21|HEALTH|");
        assertThat(r.createdAt).isNotNull();
        assertThat(r.updatedAt).isAfterOrEqualTo(r.createdAt);
    }

    @Test
    void aRegionWithoutPrioritiesMatchesNoPriorityFilter() {
        assertThat(Region.register("ES51", "Cataluña", "Cataluña", "2024", List.of()).priorityCodes).isEqualTo("||");
    }

    @Test
    void revisingDescribesItAnewInOneVersion() {
        Region r = Region.register("ES51", "Cataluña", "Cataluña", "2024", List.of(C21));
        r.revise("Catalunya", "2021", List.of(HEALTH), false);
        assertThat(r.version).isEqualTo(2);
        assertThat(r.name).isEqualTo("Catalunya");
        assertThat(r.nutsVersion).isEqualTo("2021");
        assertThat(r.priorities).containsExactly(HEALTH);
        assertThat(r.priorityCodes).isEqualTo("|HEALTH|");
        assertThat(r.active).isTrue();
    }

    @Test
    void retiringOnceChangesItRetiringAgainDoesNot() {
        Region r = Region.register("ES51", "Cataluña", "Cataluña", "2024", List.of(C21));
        assertThat(r.retire()).isTrue();
        assertThat(r.active).isFalse();
        assertThat(r.version).isEqualTo(2);
        assertThat(r.retire()).isFalse();
        assertThat(r.version).isEqualTo(2);
    }

    @Test
    void revisingWithReactivateBringsARetiredRegionBackInTheSameVersion() {
        Region r = Region.register("ES51", "Cataluña", "Cataluña", "2024", List.of(C21));
        r.retire();
        // the same description without reactivating changes nothing: no new version
        assertThat(r.revise("Cataluña", "2024", List.of(C21), false)).isFalse();
        assertThat(r.active).isFalse();
        assertThat(r.version).isEqualTo(2);
        assertThat(r.revise("Cataluña", "2024", List.of(C21), true)).isTrue();
        assertThat(r.active).isTrue();
        assertThat(r.version).isEqualTo(3);
    }

    @Test
    void aDescriptionThatChangesNothingKeepsTheVersion() {
        Region r = Region.register("ES51", "Cataluña", "Cataluña", "2024", List.of(C21, HEALTH));
        var updatedAt = r.updatedAt;
        assertThat(r.wouldChange("Cataluña", "2024", List.of(C21, HEALTH), false)).isFalse();
        assertThat(r.revise("Cataluña", "2024", new ArrayList<>(List.of(C21, HEALTH)), false)).isFalse();
        assertThat(r.version).isEqualTo(1);
        assertThat(r.updatedAt).isEqualTo(updatedAt);
        // any field changed, or the priorities' order, is a change
        assertThat(r.wouldChange("Catalunya", "2024", List.of(C21, HEALTH), false)).isTrue();
        assertThat(r.wouldChange("Cataluña", "2024", List.of(HEALTH, C21), false)).isTrue();
        assertThat(r.wouldChange("Cataluña", "2024", List.of(C21, HEALTH), true)).isFalse();
        assertThat(r.revise("Cataluña", "2024", List.of(C21), false)).isTrue();
        assertThat(r.version).isEqualTo(2);
    }

    @Test
    void theParentIsTheCodeOneLevelUp() {
        assertThat(Region.register("EL301", "Voreios Tomeas Athinon", "Voreios Tomeas Athinon", "2024", List.of())
                .parent()).isEqualTo("EL30");
        assertThat(Region.register("EL", "Elláda", "Elláda", "2024", List.of()).parent()).isNull();
    }

    @Test
    void theRegionKeepsItsOwnCopyOfThePriorities() {
        List<Priority> given = new ArrayList<>(List.of(C21));
        Region r = Region.register("ES51", "Cataluña", "Cataluña", "2024", given);
        given.add(HEALTH);
        assertThat(r.priorities).containsExactly(C21);
    }
}
