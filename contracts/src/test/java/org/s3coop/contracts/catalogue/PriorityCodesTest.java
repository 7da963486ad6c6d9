package org.s3coop.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityCodesTest {
    private static final PriorityCodes CATALOGUE = PriorityCodes.catalogue();

    @Test
    void hasTheThreeFamiliesOfTheContract() {
        assertThat(CATALOGUE.families()).extracting(PriorityCodes.Family::family)
                .containsExactly("ECONOMIC_DOMAIN", "SCIENTIFIC_DOMAIN", "POLICY_OBJECTIVE");
        assertThat(CATALOGUE.codes("SCIENTIFIC_DOMAIN")).hasSize(14).startsWith("NABS01").endsWith("NABS14");
        assertThat(CATALOGUE.codes("POLICY_OBJECTIVE")).contains("DIGITAL_TRANSFORMATION", "HEALTH", "ENERGY");
        assertThat(CATALOGUE.codes("NO_SUCH_FAMILY")).isEmpty();
    }

    @Test
    void knowsCodesPerFamily() {
        assertThat(CATALOGUE.contains("ECONOMIC_DOMAIN", "C22")).isTrue();
        assertThat(CATALOGUE.contains("ECONOMIC_DOMAIN", "C")).isTrue();
        assertThat(CATALOGUE.contains("ECONOMIC_DOMAIN", "C99")).as("a typo").isFalse();
        assertThat(CATALOGUE.contains("POLICY_OBJECTIVE", "C22")).as("another family's code").isFalse();
        assertThat(CATALOGUE.find("ECONOMIC_DOMAIN", "C22")).get().extracting(PriorityCodes.Code::label)
                .isEqualTo("Rubber and plastic products");
    }

    @Test
    void givesTheNaceSectionOfADivisionAndOfASection() {
        assertThat(CATALOGUE.section("ECONOMIC_DOMAIN", "C22")).contains("C");
        assertThat(CATALOGUE.section("ECONOMIC_DOMAIN", "C")).contains("C");
        assertThat(CATALOGUE.section("ECONOMIC_DOMAIN", "J62")).contains("J");
        assertThat(CATALOGUE.section("ECONOMIC_DOMAIN", "C99")).isEmpty();
        assertThat(CATALOGUE.section("POLICY_OBJECTIVE", "HEALTH")).isEmpty();
    }
}
