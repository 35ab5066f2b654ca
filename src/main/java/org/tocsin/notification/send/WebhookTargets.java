package org.tocsin.notification.send;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go. A webhook URL is set by whoever keeps the directory; without a check, it
 * could make Tocsin POST signed alerts to the database port, a cloud metadata endpoint or an admin
 * interface inside the mission's network (server-side request forgery). So, by default, a target
 * that resolves to a loopback, private, link-local, unique-local or multicast address is refused;
 * {@code tocsin.webhooks.allow-private-addresses=true} lifts that for a closed network, and
 * {@code tocsin.webhooks.allowed-hosts} (exact names, or {@code *.example.org}) restricts targets to
 * a list. Redirects are never followed (WebhookSender), so a permitted host cannot bounce a request
 * inward. Residual risk, stated in docs/security.md: the HTTP client resolves the name again when it
 * connects, so a hostile DNS server could answer differently the second time (rebinding); the host
 * list is the defence against that.
 */
public final class WebhookTargets {

    /** What resolves a host name; the JDK's resolver in production, a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHosts;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookTargets(List<String> allowedHosts, boolean allowPrivate, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public static WebhookTargets permissive() {
        return new WebhookTargets(List.of(), true, InetAddress::getAllByName);
    }

    /** Empty when the target may be called; else why not (safe to show: it names the host, never a secret). */
    public Optional<String> refusal(URI target) {
        String host = target.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (!allowedHosts.isEmpty() && allowedHosts.stream().noneMatch(matches(host))) {
            return Optional.of("the webhook host " + host + " is not in tocsin.webhooks.allowed-hosts");
        }
        if (allowPrivate) return Optional.empty();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // the send itself fails and is retried: a name that does not resolve reaches nothing
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                return Optional.of("the webhook host " + host + " resolves to a loopback, private or link-local address ("
                        + a.getHostAddress() + "); set tocsin.webhooks.allow-private-addresses=true on a closed network");
            }
        }
        return Optional.empty();
    }

    private static java.util.function.Predicate<String> matches(String host) {
        return pattern -> pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern);
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true;                                   // fc00::/7 unique local
            boolean mapped = true;                                                    // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff, second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128)           // 0/8, 100.64/10 carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)                 // 192.0.0/24
                || (first == 198 && (second == 18 || second == 19))                   // 198.18/15 benchmarking
                || first >= 240;                                                      // reserved, broadcast
    }
}
