package org.tocsin.notification;

import org.junit.jupiter.api.Test;
import org.tocsin.notification.send.WebhookTargets;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Server-side request forgery: a webhook URL cannot make Tocsin call into its own network unless told it may. */
class WebhookTargetsTest {

    private static final Map<String, String> DNS = Map.of(
            "receiver.example.org", "203.0.113.10",
            "metadata.example.org", "169.254.169.254",
            "db.example.org", "10.0.0.5",
            "sneaky.example.org", "127.0.0.1",
            "v6-local.example.org", "fd00::1",
            "mapped.example.org", "::ffff:192.168.1.1");

    private static InetAddress[] resolve(String host) throws java.net.UnknownHostException {
        String ip = DNS.get(host);
        if (ip == null) ip = host; // literal addresses
        return new InetAddress[] {InetAddress.getByName(ip)};
    }

    @Test
    void publicAddressesPassAndEveryInternalKindIsRefusedByDefault() {
        var targets = new WebhookTargets(List.of(), false, WebhookTargetsTest::resolve);
        assertThat(targets.refusal(URI.create("https://receiver.example.org/hook"))).isEmpty();
        for (String url : List.of("https://metadata.example.org/latest", "http://db.example.org:5432/", "http://sneaky.example.org/",
                "http://v6-local.example.org/", "http://mapped.example.org/", "http://127.0.0.1:8080/", "http://[::1]/", "http://0.0.0.0/")) {
            assertThat(targets.refusal(URI.create(url))).as(url).isPresent();
        }
    }

    @Test
    void aClosedNetworkMayAllowPrivateAddressesAndAHostListNarrowsTargetsWhateverTheyResolveTo() {
        assertThat(new WebhookTargets(List.of(), true, WebhookTargetsTest::resolve).refusal(URI.create("http://db.example.org/"))).isEmpty();
        var listed = new WebhookTargets(List.of("*.example.org"), false, WebhookTargetsTest::resolve);
        assertThat(listed.refusal(URI.create("https://receiver.example.org/"))).isEmpty();
        assertThat(listed.refusal(URI.create("https://receiver.example.net/")).orElseThrow()).contains("allowed-hosts");
        assertThat(listed.refusal(URI.create("https://metadata.example.org/")).orElseThrow()).contains("169.254.169.254");
    }
}
