package org.caregate.webhooks.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs deliveries may go to. A URL must be absolute http(s) with a host, no user info and no fragment, at most
 * 2,048 characters. By default it must not lead to this machine or its network's internals: loopback, link-local
 * (where cloud metadata services live), unspecified and multicast addresses, and the well-known metadata host names
 * are refused — checked on registration and again before every delivery, so a name that later resolves to such an
 * address is refused too. Private networks are refused by default as well — 10/8, 172.16/12, 192.168/16, unique
 * local fc00::/7, carrier-grade NAT 100.64/10, benchmarking 198.18/15, 192.0.0/24 and the reserved 240/4 — since a
 * tenant's admin reads the start of each answer in the delivery log, and must not read the installation's internal
 * services through it. Hospital-internal receivers on such addresses are allowed, per installation, by an
 * allow-list of host names, addresses and CIDR ranges ({@code CAREGATE_WEBHOOK_ALLOWED_HOSTS}). A delivery
 * connects only to the addresses that were checked ({@link #connectableAddresses}).
 */
public final class EndpointPolicy {

    static final int LONGEST_URL = 2048;
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "instance-data", "metadata.azure.internal");

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<byte[][]> allowedRanges = new ArrayList<>();
    private final HostResolver resolver;

    /** Resolves a host name to its addresses (DNS in production). */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** @param allowList comma-separated host names, addresses and CIDR ranges that are allowed whatever they are */
    public EndpointPolicy(String allowList, HostResolver resolver) {
        this.resolver = resolver;
        if (allowList == null) {
            return;
        }
        for (String entry : allowList.split(",")) {
            String allowed = entry.strip().toLowerCase(Locale.ROOT);
            if (allowed.isEmpty()) {
                continue;
            }
            Optional<byte[][]> range = range(allowed);
            if (range.isPresent()) {
                allowedRanges.add(range.get());
            } else {
                allowedHosts.add(allowed);
            }
        }
    }

    /** Why deliveries may not go to this URL, or empty when they may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("can't be blank");
        }
        if (url.length() > LONGEST_URL) {
            return Optional.of("must be at most " + LONGEST_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        return hostRefusal(unbracketed(uri.getHost().toLowerCase(Locale.ROOT)), new ArrayList<>());
    }

    /**
     * The addresses a delivery to {@code host} connects to: resolved once, checked, and then the very addresses
     * connected to, so that no second lookup between the check and the connection can lead elsewhere (a name
     * that resolves to a public address for the check and to an internal one a moment later).
     *
     * @throws UnknownHostException when the host cannot be resolved, or is refused (the message says why)
     */
    public InetAddress[] connectableAddresses(String host) throws UnknownHostException {
        List<InetAddress> addresses = new ArrayList<>();
        Optional<String> refusal = hostRefusal(unbracketed(host.toLowerCase(Locale.ROOT)), addresses);
        if (refusal.isPresent()) {
            throw new UnknownHostException(host + " " + refusal.get());
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host + " cannot be resolved");
        }
        return addresses.toArray(InetAddress[]::new);
    }

    /** Why deliveries may not go to this host, or empty when they may; the addresses it resolved to are added. */
    private Optional<String> hostRefusal(String host, List<InetAddress> resolved) {
        boolean allowed = allowedHosts.contains(host);
        if (METADATA_HOSTS.contains(host) && !allowed) {
            return Optional.of("must not lead to a cloud metadata service");
        }
        try {
            resolved.addAll(List.of(resolver.resolve(host)));
        } catch (UnknownHostException e) {
            return allowed ? Optional.empty() : Optional.of("names a host that cannot be resolved");
        }
        if (allowed) {
            return Optional.empty();
        }
        for (InetAddress address : resolved) {
            if (!isAllowedRange(address.getAddress()) && isInternal(address)) {
                // the address itself is not named: a tenant must not map the installation's internal names
                return Optional.of("leads to an internal address; ask the operator to allow it with"
                        + " CAREGATE_WEBHOOK_ALLOWED_HOSTS");
            }
        }
        return Optional.empty();
    }

    private static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || address.isSiteLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local fc00::/7 (which holds fd00:ec2::254, AWS metadata over IPv6), and below, IPv4-mapped
            // addresses of internal IPv4 ones
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        // 0.0.0.0/8 ("this network"), 100.64/10 (carrier-grade NAT, which holds 100.100.100.200, Alibaba Cloud's
        // metadata), 192.0.0/24 (protocol assignments), 198.18/15 (benchmarking) and 240/4 (reserved, broadcast)
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 100 && (second & 0xc0) == 64 || first == 192 && second == 0 && bytes[2] == 0
                || first == 198 && (second & 0xfe) == 18 || first >= 240;
    }

    private boolean isAllowedRange(byte[] address) {
        for (byte[][] range : allowedRanges) {
            byte[] network = range[0];
            int prefix = range[1][0] & 0xff;
            if (network.length == address.length && matches(network, address, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] network, byte[] address, int prefix) {
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((network[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An address or CIDR range written as such (never resolved), as {network, {prefix}}. */
    private static Optional<byte[][]> range(String entry) {
        String[] parts = entry.split("/", 2);
        String literal = unbracketed(parts[0]);
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return Optional.empty();
        }
        try {
            byte[] network = InetAddress.getByName(literal).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("bad prefix in allow-list entry " + entry);
            }
            return Optional.of(new byte[][] {network, {(byte) prefix}});
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("unreadable allow-list entry " + entry, e);
        }
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
