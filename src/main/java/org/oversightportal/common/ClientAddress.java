package org.oversightportal.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who is asking, for rate limits and flag counting (security review finding 3). The socket's peer is the
 * client, unless the peer is one of the configured proxies ({@code portal.http.trusted-proxies}, addresses
 * or CIDR ranges): then {@code X-Forwarded-For} is read from the right, skipping the trusted proxies, and
 * the first address no trusted proxy vouches for is the client. Whatever a client writes into the header
 * itself stays to the left of that, so it is never believed. Quarkus's own forwarding support stays off:
 * it takes the left-most entry, which the client chooses.
 *
 * <p>The key counted is the IPv4 address, or the IPv6 /64 network: one IPv6 subscriber is usually given a
 * whole /64, so counting single IPv6 addresses would give them 2^64 keys.
 */
@ApplicationScoped
public class ClientAddress {

    /**
     * A client as counted: its address (for exemptions), the key it is counted under, and its wider network
     * (IPv4 /24, IPv6 /48), which flags use to tell many reporters from one reporter with many addresses.
     */
    public record Client(String address, String key, String network) {
    }

    @Inject
    CurrentVertxRequest request;

    @Inject
    PortalConfig config;

    private List<Cidr> trusted = List.of();

    @PostConstruct
    void init() {
        trusted = parseAll(config.http().trustedProxies().orElse(List.of()));
    }

    /** The client of the current request, or null outside a request. */
    public Client current() {
        RoutingContext ctx = request.getCurrent();
        if (ctx == null) {
            return null;
        }
        SocketAddress peer = ctx.request().connection().remoteAddress();
        return resolve(peer == null ? null : peer.hostAddress(), ctx.request().headers().getAll("X-Forwarded-For"),
                trusted);
    }

    /** The rule itself, without a request: the peer, the X-Forwarded-For header lines, the trusted proxies. */
    public static Client resolve(String peerText, List<String> forwardedFor, List<Cidr> trusted) {
        byte[] peer = parse(peerText);
        if (peer == null) {
            return null;
        }
        byte[] client = peer;
        if (isTrusted(peer, trusted) && forwardedFor != null) {
            List<String> hops = new ArrayList<>();
            for (String line : forwardedFor) {
                for (String hop : line.split(",")) {
                    hops.add(hop.strip());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                byte[] hop = parse(hops.get(i));
                if (hop == null) {
                    break; // unreadable: what a trusted proxy did not write; keep the last address it vouched for
                }
                client = hop;
                if (!isTrusted(hop, trusted)) {
                    break;
                }
            }
        }
        return new Client(text(client), key(client), network(client));
    }

    /** The configured proxies; an entry that is not an address or CIDR range stops the start with its name. */
    public static List<Cidr> parseAll(List<String> entries) {
        List<Cidr> list = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            Cidr c = Cidr.parse(entry.strip());
            if (c == null) {
                throw new IllegalArgumentException("portal.http.trusted-proxies: '" + entry
                        + "' is not an IP address or CIDR range (for example 10.0.0.0/8 or fd00::/8)");
            }
            list.add(c);
        }
        return List.copyOf(list);
    }

    private static boolean isTrusted(byte[] address, List<Cidr> trusted) {
        return trusted.stream().anyMatch(c -> c.contains(address));
    }

    /** An address range: its first bytes and the number of bits that must match. */
    public record Cidr(byte[] network, int bits) {

        public static Cidr parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = ClientAddress.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                return null;
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                if (bits < 0 || bits > address.length * 8) {
                    return null;
                }
            }
            return new Cidr(address, bits);
        }

        public boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    /**
     * An IP literal as 4 or 16 bytes (an IPv4-mapped IPv6 address as its IPv4 one), or null. Never a DNS
     * lookup: only literals are read. Brackets, a port ({@code 1.2.3.4:5678}, {@code [::1]:80}) and an IPv6
     * zone are dropped.
     */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return null;
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
            s = s.substring(0, s.indexOf(':')); // IPv4 with a port
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        var v4 = IPV4.matcher(s);
        if (v4.matches()) {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                b[i] = (byte) part;
            }
            return b;
        }
        if (!s.contains(":") || !IPV6.matcher(s).matches() || s.length() > 45) {
            return null;
        }
        try {
            // A literal with a colon is never looked up in DNS.
            byte[] b = java.net.InetAddress.getByName(s).getAddress();
            return b;
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private static String text(byte[] address) {
        try {
            return java.net.InetAddress.getByAddress(address).getHostAddress().toLowerCase(Locale.ROOT);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** IPv4: its /24. IPv6: its /48. */
    static String network(byte[] address) {
        int keep = address.length == 4 ? 3 : 6;
        byte[] network = new byte[address.length];
        System.arraycopy(address, 0, network, 0, keep);
        return text(network) + (address.length == 4 ? "/24" : "/48");
    }

    /** IPv4: the address. IPv6: its /64 network, written as such. */
    static String key(byte[] address) {
        if (address.length == 4) {
            return text(address);
        }
        byte[] network = new byte[16];
        System.arraycopy(address, 0, network, 0, 8);
        return text(network) + "/64";
    }
}
