package org.s3coop.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractPatternsTest {
    @Test
    void aUuidInEitherCase() {
        assertThat("8e0f2f3c-0b6e-4f7e-9d43-4b1f4a1d2c3e").matches(ContractPatterns.UUID);
        assertThat("8E0F2F3C-0B6E-4F7E-9D43-4B1F4A1D2C3E").matches(ContractPatterns.UUID);
        assertThat("8e0f2f3c0b6e4f7e9d434b1f4a1d2c3e").doesNotMatch(ContractPatterns.UUID);
        assertThat("8e0f2f3c-0b6e-4f7e-9d43-4b1f4a1d2c3").doesNotMatch(ContractPatterns.UUID);
        assertThat("ge0f2f3c-0b6e-4f7e-9d43-4b1f4a1d2c3e").doesNotMatch(ContractPatterns.UUID);
    }

    @Test
    void aNutsCodeFromCountryToLevel3() {
        for (String code : new String[] { "ES", "ES5", "ES51", "ES511", "FR1B0", "EL30" }) {
            assertThat(code).matches(ContractPatterns.NUTS_CODE);
        }
        for (String code : new String[] { "E", "es51", "ES5111", "1S51", "ES-51", "" }) {
            assertThat(code).doesNotMatch(ContractPatterns.NUTS_CODE);
        }
    }

    @Test
    void aDateTimeWithItsOffset() {
        for (String t : new String[] { "2026-11-30T10:15Z", "2026-11-30T10:15:30Z", "2026-11-30T10:15:30.123456789+01:00" }) {
            assertThat(t).matches(ContractPatterns.INSTANT);
        }
        for (String t : new String[] { "2026-11-30", "2026-11-30T10:15:30", "2026-11-30T10:15:30Z\u0000", "yesterday" }) {
            assertThat(t).doesNotMatch(ContractPatterns.INSTANT);
        }
    }
}
