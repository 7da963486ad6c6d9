package org.s3coop.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NutsCodeTest {
    @Test
    void theCountryIsTheFirstTwoLettersAsEurostatWritesThem() {
        assertThat(NutsCode.country("ES51")).isEqualTo("ES");
        assertThat(NutsCode.country("EL30")).isEqualTo("EL");
        assertThat(NutsCode.country("DE")).isEqualTo("DE");
    }

    @Test
    void theLevelIsOnePerCharacterAfterTheCountry() {
        assertThat(NutsCode.level("DE")).isZero();
        assertThat(NutsCode.level("DE2")).isEqualTo(1);
        assertThat(NutsCode.level("ITC4")).isEqualTo(2);
        assertThat(NutsCode.level("DE212")).isEqualTo(3);
    }
}
