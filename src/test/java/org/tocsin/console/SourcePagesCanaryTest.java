package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's leak test for sealed sources, after {@code CanarySweepTest} for the API: a source
 * whose every sealed field carries a canary, and a protection request whose sealed text carries
 * another, go through every console page as its handler, another handler, an analyst, an auditor
 * and a person holding every role — lists, the source page in both languages, the requests pages,
 * refused and malformed reveals, a progress step with sealed text, GETs where a POST belongs. The
 * identity canary may appear in exactly one response: the assigned handler's explicit reveal, which
 * is marked no-store; the protection canary in none. The journal holds neither.
 */
class SourcePagesCanaryTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String canary = "CANARY-Umwami-" + HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
    private final String protectionCanary = "CANARY-Rugira-" + HexFormat.of().toHexDigits(UUID.randomUUID().getMostSignificantBits());

    record Exchange(String label, HttpResponse<String> response) {
        String everything() { return response.statusCode() + " " + response.headers().map() + " " + response.body(); }
    }

    private final List<Exchange> exchanges = new ArrayList<>();

    @Test
    void theCanaryIdentityAppearsOnlyInTheAssignedHandlersExplicitRevealResponse() throws Exception {
        String s = uniqueSituation("cpages");
        createSituation(s);
        String handler = "cp-handler-" + s, other = "cp-other-handler-" + s, analyst = "cp-analyst-" + s, auditor = "cp-auditor-" + s;
        tokenFor(handler, s, new Role[] {Role.SOURCE_HANDLER});
        tokenFor(other, s, new Role[] {Role.SOURCE_HANDLER});
        tokenFor(analyst, s, new Role[] {Role.ANALYST});
        tokenFor(auditor, s, new Role[] {Role.AUDITOR});
        String id = "cp-src-" + s;
        var registered = as(handler).post("/api/sources", """
                {"id": "%1$s", "type": "informant", "reliability": "C", "sealed": {
                 "real_name": "%2$s", "role": "%2$s role", "affiliation": "%2$s party", "phone": "%2$s-phone",
                 "email": "%2$s@example.org", "address": "%2$s street", "meeting_arrangements": "%2$s at dusk", "notes": "%2$s notes"}}"""
                .formatted(id, canary));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String pseudonym = registered.json().path("pseudonym").asString();
        var pr = as(handler).post("/api/sources/" + id + "/protection-requests", """
                {"what": "%s: move the family", "deadline": "%s", "owner": "%s"}"""
                .formatted(protectionCanary, Instant.now().plus(Duration.ofDays(1)), handler));
        assertThat(pr.status()).as(pr.body()).isEqualTo(201);
        String rid = pr.json().path("id").asString();
        // a report from the source, and a request for action, so the pages have something to show
        assertThat(api().post("/api/signals", """
                {"situation": "%s", "id": "cp-1", "date": "1994-01-10", "kind": "intelligence", "source": "Informant",
                 "source_id": "%s", "source_type": "informant", "reliability": "C", "credibility": "2",
                 "summary": "Told to list every Tutsi in his sector"}""".formatted(s, id)).status()).isEqualTo(201);
        assertThat(api().post("/api/requests", """
                {"situation": "%s", "action": "Protect the informant and his family"}""".formatted(s)).status()).isEqualTo(201);

        String page = "/sources/" + pseudonym;
        List<String> everyone = List.of(handler, other, analyst, auditor, SUPERUSER);
        sweep(everyone, page, s);

        // the console's own forms, with sealed text typed into them
        expect(302, post(handler, "progress with sealed rationale", page + "/protection-requests/" + rid + "/progress",
                Map.of("status", "in_progress", "rationale", protectionCanary + " contacted")));
        expect(422, post(handler, "progress refused for its state, sealed text sent again", page + "/protection-requests/" + rid + "/progress",
                Map.of("status", "in_progress", "rationale", protectionCanary + " again")));
        expect(422, post(handler, "progress without status", page + "/protection-requests/" + rid + "/progress",
                Map.of("rationale", protectionCanary)));
        expect(403, post(analyst, "progress by analyst", page + "/protection-requests/" + rid + "/progress",
                Map.of("status", "failed", "rationale", protectionCanary)));
        expect(405, get(handler, "reveal by GET", page + "/reveal"));
        expect(403, post(analyst, "reveal by analyst", page + "/reveal", Map.of("reason", "curious")));
        expect(403, post(auditor, "reveal by auditor", page + "/reveal", Map.of("reason", "audit")));
        expect(403, post(other, "reveal by a handler not assigned to it", page + "/reveal", Map.of("reason", "I keep sources too")));
        expect(422, post(handler, "reveal without a reason", page + "/reveal", Map.of("reason", "  ")));
        expect(404, post(handler, "reveal of an unknown pseudonym", "/sources/SRC-0000-0000/reveal", Map.of("reason", "x")));
        sweep(everyone, page, s);

        HttpResponse<String> revealed = post(handler, "the reveal", page + "/reveal", Map.of("reason", "Arranging the extraction"));
        expect(200, revealed);
        assertThat(revealed.body()).contains(canary, canary + "-phone", canary + " at dusk");
        assertThat(revealed.headers().firstValue("Cache-Control")).hasValue("no-store");
        sweep(everyone, page, s);

        List<String> leaks = new ArrayList<>();
        for (Exchange e : exchanges) {
            String all = e.everything();
            if (all.contains(protectionCanary)) leaks.add(e.label() + " (protection canary)");
            if (all.contains(canary) && e.response() != revealed) leaks.add(e.label());
        }
        assertThat(leaks).as("responses carrying a sealed value").isEmpty();
        // refusals reached nothing but the journal, where they are recorded — without any sealed value
        assertThat(jdbc.queryForObject("select count(*) from journal where type = 'source.unseal_denied' and actor = ? and subject = ?",
                Long.class, other, "source:" + pseudonym)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from journal where type = 'source.unsealed' and actor = ? and subject = ?",
                Long.class, handler, "source:" + pseudonym)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from journal where details::text like ? or details::text like ? or subject like ?",
                Long.class, "%" + canary + "%", "%" + protectionCanary + "%", "%" + canary + "%")).isZero();
    }

    /** Every console page, as every person, in both languages where it matters. */
    private void sweep(List<String> people, String sourcePage, String situation) throws Exception {
        for (String person : people) {
            for (String path : List.of("/sources", sourcePage, sourcePage + "?lang=fr", sourcePage + "?progressed",
                    "/requests", "/requests?situation=" + situation, "/", "/situations/" + situation)) {
                HttpResponse<String> r = get(person, person + " GET " + path, path);
                assertThat(r.statusCode()).as(person + " " + path).isIn(200, 403);
            }
        }
    }

    private static void expect(int status, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
    }

    private HttpResponse<String> get(String person, String label, String path) throws IOException, InterruptedException {
        var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenFor(person, null, null)).GET().build(), HttpResponse.BodyHandlers.ofString());
        exchanges.add(new Exchange(label, r));
        return r;
    }

    private HttpResponse<String> post(String person, String label, String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(form).entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenFor(person, null, null))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        exchanges.add(new Exchange(label, r));
        return r;
    }
}
