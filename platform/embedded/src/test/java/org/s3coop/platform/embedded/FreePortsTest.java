package org.s3coop.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class FreePortsTest {
    @Test
    void aPortInUseIsNotFreeAndIsAgainOnceReleased() throws Exception {
        int port;
        try (ServerSocket taken = new ServerSocket(0)) {
            port = taken.getLocalPort();
            assertThat(FreePorts.isFree(port)).isFalse();
        }
        assertThat(FreePorts.isFree(port)).isTrue();
    }

    @Test
    void nextIsAFreeUserPort() {
        int port = FreePorts.next();

        assertThat(port).isBetween(1024, 65535);
        assertThat(FreePorts.isFree(port)).isTrue();
    }
}
