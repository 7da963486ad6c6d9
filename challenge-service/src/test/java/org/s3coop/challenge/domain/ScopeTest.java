package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;

/** The syntax of a requested scope: what each type takes as ref, and the form the ref is kept in. */
class ScopeTest {

    @Test
    void aCommunityScopeTakesNoRef() {
        assertThat(Scope.requested(ScopeType.COMMUNITY, null)).isEqualTo(new Scope(ScopeType.COMMUNITY, null));
        assertThat(Scope.requested(ScopeType.COMMUNITY, "  ")).isEqualTo(new Scope(ScopeType.COMMUNITY, null));
        assertRefRefused(ScopeType.COMMUNITY, "ES51", "must be absent for scope COMMUNITY");
    }

    @Test
    void aRegionScopeTakesANutsCode() {
        assertThat(Scope.requested(ScopeType.REGION, " ES51 ")).isEqualTo(new Scope(ScopeType.REGION, "ES51"));
        assertThat(Scope.requested(ScopeType.REGION, "DE")).isEqualTo(new Scope(ScopeType.REGION, "DE"));
        for (String bad : new String[] { null, "", "es51", "E", "ES5123", "ES-51" }) {
            assertRefRefused(ScopeType.REGION, bad, "for scope REGION must be a NUTS code: 2 upper-case letters "
                    + "followed by 0-3 upper-case letters or digits, e.g. ES51");
        }
    }

    @ParameterizedTest
    @CsvSource({ "0B9F6C1E-8D7A-4D47-9A53-3C1F2F0A2B11, 0b9f6c1e-8d7a-4d47-9a53-3c1f2f0a2b11",
            "' 0b9f6c1e-8d7a-4d47-9a53-3c1f2f0a2b11 ', 0b9f6c1e-8d7a-4d47-9a53-3c1f2f0a2b11" })
    void aPartnershipScopeTakesItsIdInLowerCase(String ref, String kept) {
        assertThat(Scope.requested(ScopeType.PARTNERSHIP, ref)).isEqualTo(new Scope(ScopeType.PARTNERSHIP, kept));
    }

    @Test
    void aPartnershipScopeRefusesWhatIsNotAUuid() {
        for (String bad : new String[] { null, " ", "ES51", "0b9f6c1e-8d7a" }) {
            assertRefRefused(ScopeType.PARTNERSHIP, bad, "for scope PARTNERSHIP must be the partnership id (a UUID)");
        }
    }

    private static void assertRefRefused(ScopeType type, String ref, String message) {
        assertThatThrownBy(() -> Scope.requested(type, ref)).as("%s %s", type, ref)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().violations()).isEqualTo(List.of(new Problem.Violation("scope.ref", message)));
                });
    }
}
