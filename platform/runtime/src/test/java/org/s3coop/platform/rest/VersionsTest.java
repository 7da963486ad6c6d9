package org.s3coop.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.PlatformProblem;
import org.s3coop.platform.problem.ProblemException;

class VersionsTest {
    @Test
    void theEtagIsTheVersion() {
        assertThat(Versions.etag(3).getValue()).isEqualTo("3");
        assertThat(Versions.etag(3).isWeak()).isFalse();
    }

    @Test
    void noIfMatchAppliesToTheCurrentVersion() {
        assertThatCode(() -> Versions.checkIfMatch(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch("  ", 3)).doesNotThrowAnyException();
    }

    @Test
    void theCurrentVersionStrongWeakInAListOrAnyIsAccepted() {
        for (String ifMatch : new String[] { "\"3\"", "W/\"3\"", "\"1\", \"3\"", "*", "3" }) {
            assertThatCode(() -> Versions.checkIfMatch(ifMatch, 3)).as(ifMatch).doesNotThrowAnyException();
        }
    }

    @Test
    void anotherVersionIsStale() {
        for (String ifMatch : new String[] { "\"2\"", "W/\"4\"", "\"1\", \"2\"", "\"33\"", "\"" }) {
            assertThatThrownBy(() -> Versions.checkIfMatch(ifMatch, 3)).as(ifMatch)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(412);
                        assertThat(e.problem().type()).isEqualTo(PlatformProblem.STALE_VERSION.uri());
                        assertThat(e.problem().detail()).contains("\"3\"");
                    });
        }
    }
}
