package org.s3coop.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.ProblemException;

class KeyScopeTest {
    private static void refused(List<String> header, String message) {
        assertThatThrownBy(() -> KeyScope.keyOf(header)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("Idempotency-Key");
                assertThat(v.message()).isEqualTo(message);
            });
        });
    }

    @Test
    void noHeaderIsNoKey() {
        assertThat(KeyScope.keyOf(null)).isNull();
        assertThat(KeyScope.keyOf(List.of())).isNull();
    }

    @Test
    void aPrintableAsciiKeyUpTo255CharactersIsTaken() {
        assertThat(KeyScope.keyOf(List.of("8e0f2f3c-0b6e-4f7e-9d43-4b1f4a1d2c3e")))
                .isEqualTo("8e0f2f3c-0b6e-4f7e-9d43-4b1f4a1d2c3e");
        assertThat(KeyScope.keyOf(List.of("a".repeat(255)))).hasSize(255);
        assertThat(KeyScope.keyOf(List.of(" ~"))).isEqualTo(" ~");
    }

    @Test
    void aKeySentTwiceIsRefused() {
        refused(List.of("a", "b"), "must be sent once");
    }

    @Test
    void anEmptyTooLongOrNonAsciiKeyIsRefused() {
        String rule = "must be 1 to 255 printable ASCII characters (e.g. a UUID)";
        refused(List.of(""), rule);
        refused(List.of("a".repeat(256)), rule);
        refused(List.of("clé"), rule);
        refused(List.of("tab\there"), rule);
    }

    @Test
    void theLockNameSeparatesCallerMethodPathAndKey() {
        KeyScope scope = new KeyScope("editor-ES51", "POST", "/api/v1/regions", "k1");

        assertThat(scope.lockName()).isEqualTo("editor-ES51\nPOST /api/v1/regions\nk1");
        assertThat(new KeyScope("other", "POST", "/api/v1/regions", "k1").lockName()).isNotEqualTo(scope.lockName());
    }
}
