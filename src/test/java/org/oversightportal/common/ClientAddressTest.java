package org.oversightportal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Security review finding 3: how the portal tells clients apart behind proxies ({@link ClientAddress}). Before
 * the fix, Quarkus believed the left-most X-Forwarded-For entry, which the client writes itself, and IPv6
 * clients were counted per address.
 */
class ClientAddressTest {

    static final List<ClientAddress.Cidr> INGRESS = ClientAddress.parseAll(List.of("10.0.0.0/8", "fd00::/8"));

    @Test
    void finding3_entriesAClientWroteIntoXForwardedForAreNeverBelieved() {
        // The client sent "6.6.6.6, 7.7.7.7"; the ingress appended the peer it saw.
        ClientAddress.Client c = ClientAddress.resolve("10.1.2.3", List.of("6.6.6.6, 7.7.7.7, 203.0.113.9"), INGRESS);
        assertThat(c.key()).isEqualTo("203.0.113.9");
        // Two trusted proxies in a row, the header split over two lines.
        c = ClientAddress.resolve("10.0.0.6", List.of("1.2.3.4, 203.0.113.9", "10.0.0.5"), INGRESS);
        assertThat(c.key()).isEqualTo("203.0.113.9");
    }

    @Test
    void finding3_forwardedHeadersAreReadOnlyFromConfiguredProxies() {
        assertThat(ClientAddress.resolve("198.51.100.7", List.of("1.1.1.1"), INGRESS).key()).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("10.0.0.6", List.of("1.1.1.1"), List.of()).key()).isEqualTo("10.0.0.6");
        assertThat(ClientAddress.resolve("10.0.0.6", List.of(), INGRESS).key()).isEqualTo("10.0.0.6");
    }

    @Test
    void finding3_ipv6ClientsAreCountedByTheirSlash64() {
        String a = ClientAddress.resolve("2001:db8:1:2:aaaa::1", null, INGRESS).key();
        String b = ClientAddress.resolve("2001:db8:1:2:bbbb:cccc:dddd:2", null, INGRESS).key();
        String other = ClientAddress.resolve("2001:db8:1:3::1", null, INGRESS).key();
        assertThat(a).isEqualTo(b).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(other).isNotEqualTo(a);
        // An IPv4 client written as IPv4-mapped IPv6 is the IPv4 client.
        assertThat(ClientAddress.resolve("::ffff:203.0.113.9", null, INGRESS).key()).isEqualTo("203.0.113.9");
        // Networks, for flags: IPv4 /24, IPv6 /48.
        assertThat(ClientAddress.resolve("203.0.113.9", null, INGRESS).network()).isEqualTo("203.0.113.0/24");
        assertThat(ClientAddress.resolve("2001:db8:1:2::1", null, INGRESS).network())
                .isEqualTo(ClientAddress.resolve("2001:db8:1:ffff::1", null, INGRESS).network());
    }

    @Test
    void finding3_unreadableEntriesNamesAndPortsAreNeverLookedUpOrBelieved() {
        // A host name is not looked up in DNS; an unreadable hop ends the walk at the last proxy-vouched address.
        assertThat(ClientAddress.resolve("10.0.0.6", List.of("evil.example, unknown"), INGRESS).key())
                .isEqualTo("10.0.0.6");
        assertThat(ClientAddress.resolve("10.0.0.6", List.of("[2001:db8::1]:443"), INGRESS).network())
                .isEqualTo("2001:db8:0:0:0:0:0:0/48");
        assertThat(ClientAddress.resolve("10.0.0.6", List.of("203.0.113.9:5678"), INGRESS).key()).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("10.0.0.6", List.of("999.1.1.1"), INGRESS).key()).isEqualTo("10.0.0.6");
    }

    @Test
    void aTrustedProxyEntryThatIsNoAddressStopsTheStartWithItsName() {
        assertThatThrownBy(() -> ClientAddress.parseAll(List.of("10.0.0.0/8", "proxy")))
                .hasMessageContaining("'proxy'");
        assertThatThrownBy(() -> ClientAddress.parseAll(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }
}
