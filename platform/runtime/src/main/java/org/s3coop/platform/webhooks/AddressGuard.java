package org.s3coop.platform.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSRF guard of webhook deliveries: an address in a loopback, private, link-local, cloud-metadata or otherwise
 * non-public range is refused unless it is in one of {@code s3coop.webhooks.allowed-networks} (CIDR, e.g.
 * {@code 127.0.0.1/32} in the tests). A host is resolved once and every address it resolves to must pass; the
 * delivery then connects to a checked address (no second lookup that could answer differently).
 */
final class AddressGuard {
    /** A refused range and why. */
    record Range(Network network, String why) {
    }

    static final List<Range> REFUSED = List.of(
            new Range(Network.of("0.0.0.0/8"), "unspecified (this network)"),
            new Range(Network.of("10.0.0.0/8"), "private"),
            new Range(Network.of("100.64.0.0/10"), "shared (carrier-grade NAT, Alibaba Cloud metadata)"),
            new Range(Network.of("127.0.0.0/8"), "loopback"),
            new Range(Network.of("169.254.0.0/16"), "link-local (cloud metadata 169.254.169.254)"),
            new Range(Network.of("172.16.0.0/12"), "private"),
            new Range(Network.of("192.0.0.0/24"), "IETF protocol assignments (Oracle Cloud metadata)"),
            new Range(Network.of("192.0.2.0/24"), "documentation"),
            new Range(Network.of("192.168.0.0/16"), "private"),
            new Range(Network.of("198.18.0.0/15"), "benchmarking"),
            new Range(Network.of("198.51.100.0/24"), "documentation"),
            new Range(Network.of("203.0.113.0/24"), "documentation"),
            new Range(Network.of("224.0.0.0/4"), "multicast"),
            new Range(Network.of("240.0.0.0/4"), "reserved"),
            new Range(Network.of("::/128"), "unspecified"),
            new Range(Network.of("::1/128"), "loopback"),
            new Range(Network.of("fc00::/7"), "unique local (private; AWS metadata fd00:ec2::254)"),
            new Range(Network.of("fe80::/10"), "link-local"),
            new Range(Network.of("ff00::/8"), "multicast"),
            new Range(Network.of("2001:db8::/32"), "documentation"));

    private final List<Network> allowed;

    AddressGuard(List<String> allowedNetworks) {
        List<Network> networks = new ArrayList<>();
        for (String cidr : allowedNetworks) {
            if (!cidr.isBlank()) {
                networks.add(Network.of(cidr.trim()));
            }
        }
        this.allowed = List.copyOf(networks);
    }

    /** Why deliveries may not go to {@code address}, or null when they may. */
    String refusal(InetAddress address) {
        InetAddress checked = embeddedIpv4(address);
        for (Network n : allowed) {
            if (n.contains(address) || n.contains(checked)) {
                return null;
            }
        }
        for (Range r : REFUSED) {
            if (r.network().contains(checked)) {
                return checked.getHostAddress() + " is " + r.why();
            }
        }
        return null;
    }

    /** Every address of {@code host}, each checked; throws when one is refused or none is found. */
    List<InetAddress> resolve(String host) throws RefusedAddressException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            String why = refusal(a);
            if (why != null) {
                throw new RefusedAddressException("host " + host + " resolves to " + why
                        + ", which webhooks may not reach (s3coop.webhooks.allowed-networks)");
            }
        }
        return List.of(addresses);
    }

    /** The IPv4 address inside an IPv4-mapped, NAT64 or 6to4 IPv6 address; the address itself otherwise. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        try {
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
            if (mapped || nat64) {
                return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) { // 6to4: 2002:AABB:CCDD::/48
                return Inet4Address.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return address;
    }

    /** A delivery target that the guard refuses. */
    static final class RefusedAddressException extends Exception {
        RefusedAddressException(String message) {
            super(message, null, false, false);
        }
    }

    /** An IPv4 or IPv6 network in CIDR notation. */
    record Network(byte[] prefix, int bits) {
        static Network of(String cidr) {
            int slash = cidr.indexOf('/');
            String host = slash < 0 ? cidr : cidr.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+") || !(host.contains(".") || host.contains(":"))) {
                throw new IllegalArgumentException("not an IP network: " + cidr);
            }
            byte[] address;
            try {
                address = InetAddress.getByName(host).getAddress(); // a literal: no lookup
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP network: " + cidr, e);
            }
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("not an IP network: " + cidr);
            }
            return new Network(address, bits);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (prefix[full] & mask);
        }
    }
}
