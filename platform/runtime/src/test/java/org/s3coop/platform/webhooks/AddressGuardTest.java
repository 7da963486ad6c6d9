package org.s3coop.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused() throws Exception {
        AddressGuard guard = new AddressGuard(List.of());
        for (String address : List.of("127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.100.100.200", "192.0.0.192", "0.0.0.0", "::1", "::",
                "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
                "2002:7f00:1::", "224.0.0.1", "255.255.255.255")) {
            assertThat(guard.refusal(ip(address))).as(address).isNotNull();
        }
        assertThat(guard.refusal(ip("169.254.169.254"))).contains("metadata");
        assertThat(guard.refusal(ip("::ffff:127.0.0.1"))).contains("loopback");
    }

    @Test
    void publicAddressesPass() throws Exception {
        AddressGuard guard = new AddressGuard(List.of());
        for (String address : List.of("8.8.8.8", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2a00:1450:4001::200e",
                "172.15.255.255")) {
            assertThat(guard.refusal(ip(address))).as(address).isNull();
        }
    }

    @Test
    void configuredNetworksAreAllowedAndNothingElse() throws Exception {
        AddressGuard guard = new AddressGuard(List.of("127.0.0.1/32", " 10.20.0.0/16 ", ""));

        assertThat(guard.refusal(ip("127.0.0.1"))).isNull();
        assertThat(guard.refusal(ip("10.20.30.40"))).isNull();
        assertThat(guard.refusal(ip("127.0.0.2"))).isNotNull();
        assertThat(guard.refusal(ip("10.21.0.1"))).isNotNull();
        assertThat(guard.refusal(ip("::1"))).isNotNull();
    }

    @Test
    void everyAddressAHostResolvesToIsChecked() {
        AddressGuard guard = new AddressGuard(List.of());

        assertThatThrownBy(() -> guard.resolve("localhost")).isInstanceOf(AddressGuard.RefusedAddressException.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> guard.resolve("no-such-host.invalid"))
                .hasMessageContaining("cannot be resolved");
    }

    @Test
    void networksAreReadAsCidr() throws Exception {
        AddressGuard.Network n = AddressGuard.Network.of("172.16.0.0/12");

        assertThat(n.contains(ip("172.20.1.1"))).isTrue();
        assertThat(n.contains(ip("172.32.0.0"))).isFalse();
        assertThat(n.contains(ip("::1"))).isFalse();
        assertThat(AddressGuard.Network.of("::1").contains(ip("::1"))).isTrue();
        assertThatThrownBy(() -> AddressGuard.Network.of("example.org/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressGuard.Network.of("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
