package org.s3coop.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

/**
 * Which failures count as "the database is away" (503 with Retry-After) rather than a bug (500). The whole path is
 * proven by system-tests' DatabaseOutageIT; the connection reset of a query in flight at the moment PostgreSQL stops
 * is a race there, so it is pinned here.
 */
class DatabaseAwayTest {
    @Test
    void aConnectionResetOnAQueryInFlightIsTheDatabaseAway() {
        assertThat(ProblemMappers.isDatabaseAway(new SocketException("Connection reset"))).isTrue();
        assertThat(ProblemMappers.isDatabaseAway(new CompletionException(new SocketException("Connection reset"))))
                .isTrue();
    }

    @Test
    void aResetWhileANewConnectionIntroducesItselfIsTheDatabaseAway() {
        assertThat(ProblemMappers.isDatabaseAway(new IOException("Connection reset by peer"))).isTrue();
        assertThat(ProblemMappers.isDatabaseAway(new CompletionException(new IOException("Broken pipe")))).isTrue();
        assertThat(ProblemMappers.isDatabaseAway(new IOException("Stream closed"))).isFalse();
    }

    @Test
    void aRefusedConnectionIsTheDatabaseAway() {
        assertThat(ProblemMappers.isDatabaseAway(new ConnectException("Connection refused"))).isTrue();
    }

    @Test
    void aProgrammingErrorIsNot() {
        assertThat(ProblemMappers.isDatabaseAway(new IllegalStateException("no such column"))).isFalse();
        assertThat(ProblemMappers.isDatabaseAway(new NullPointerException())).isFalse();
    }
}
