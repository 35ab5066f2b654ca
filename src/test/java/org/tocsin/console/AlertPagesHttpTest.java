package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.Outcome;
import org.tocsin.access.Role;
import org.tocsin.escalation.AlertInput;
import org.tocsin.escalation.AlertService;
import org.tocsin.escalation.Severity;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The alert inbox and the alert page over plain HTTP, as a browser without script gets them. */
class AlertPagesHttpTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired AlertService alerts;

    record World(String situation, String desk, String originator, String top) {}

    World world(String prefix) {
        String s = uniqueSituation(prefix);
        createSituation(s);
        World w = new World(s, "desk-" + s, "cmdr-" + s, "usg-" + s);
        as(w.desk(), s, Role.DESK_OFFICER);
        as(w.originator(), s, Role.COMMANDER);
        as(w.top(), s, Role.DECISION_MAKER);
        AlertFixtures.ladder(api(), s, w.desk(), w.top());
        return w;
    }

    @Test
    void theInboxRendersItsCountdownsOnTheServerInEnglishAndFrench() throws Exception {
        World w = world("inbox-http");
        long fresh = AlertFixtures.raise(as(w.originator(), w.situation(), Role.COMMANDER), w.situation(), "high", "Caches of arms found");
        // raised three hours ago where the desk is the top level: the two hours to acknowledge ran out an hour
        // ago (the worker may already have marked it overdue, which changes nothing here); 21 hours remain to decide
        String only = uniqueSituation("inbox-http-top");
        createSituation(only);
        as(w.desk(), only, Role.DESK_OFFICER);
        AlertFixtures.ladder(api(), only, w.desk(), null);
        Instant past = Instant.now().minus(Duration.ofHours(3));
        var in = new AlertInput.NewAlert(only, Severity.CRITICAL, List.of(), "Lists of names are being drawn up", null, null);
        long late = ((Outcome.Done<org.tocsin.escalation.Alert>) alerts.raise(in, w.originator(), past)).value().id();

        var en = get("/alerts", w.desk(), "en");
        assertThat(en.statusCode()).isEqualTo(200);
        String page = en.body();
        assertThat(page).doesNotContain("<script>").contains("id=\"countdown-words\"");
        String lateRow = row(page, late), freshRow = row(page, fresh);
        assertThat(lateRow).contains("overdue by 1 h<").contains("due in 21 h<");
        assertThat(freshRow).containsPattern("due in (2 h|1 h 5\\d min)<").containsPattern("due in (24 h|1 d|23 h 5\\d min)<");
        assertThat(page.indexOf("/alerts/" + late + "\"")).as("critical before high").isLessThan(page.indexOf("/alerts/" + fresh + "\""));
        assertThat(page).contains("<time class=\"countdown overdue\"");

        String fr = get("/alerts", w.desk(), "fr").body();
        assertThat(row(fr, late)).contains("en retard de 1 h<").contains("échéance dans 21 h<");
        assertThat(fr).contains("Qui me sont adressées (2 ouvertes)");

        // the same countdowns on the alert's own page, in both languages
        assertThat(get("/alerts/" + late, w.desk(), "en").body()).contains("overdue by 1 h<").contains("due in 21 h<")
                .contains(">Acknowledge<");
        assertThat(get("/alerts/" + late, w.desk(), "fr").body()).contains("en retard de 1 h<").contains(">Accuser réception<")
                .contains("Évaluations divergentes");
    }

    @Test
    void anActionWithoutItsTextComesBackWithTheErrorBesideTheFieldAndARefusalIsSaidInWords() throws Exception {
        World w = world("alert-http-errors");
        long id = AlertFixtures.raise(as(w.originator(), w.situation(), Role.COMMANDER), w.situation(), "critical", "Militia drills at night");

        var invalid = post("/alerts/" + id + "/decide", w.desk(), Map.of("outcome", "act", "rationale", "  "));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("id=\"decide-rationale-error\"").contains("aria-invalid=\"true\"")
                .contains("The decision was not recorded").containsPattern("value=\"act\"[^>]*checked");

        // a desk officer of the situation who is not among the alert's addressees
        String other = "desk2-" + w.situation();
        as(other, w.situation(), Role.DESK_OFFICER);
        var refused = post("/alerts/" + id + "/acknowledge", other, Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Only the people this alert is addressed to");

        var done = post("/alerts/" + id + "/acknowledge", w.desk(), Map.of());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/alerts/" + id + "?done=acknowledged");
        var again = post("/alerts/" + id + "/acknowledge", w.desk(), Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Not possible now: the alert is acknowledged.");

        // a reporter may read it (it is addressed to nobody they know) but is shown no action
        String reporter = "rep-" + w.situation();
        as(reporter, w.situation(), Role.REPORTER);
        var open = get("/alerts/" + id, reporter, "en");
        assertThat(open.statusCode()).as("AMBER is beyond a reporter's ceiling").isEqualTo(404);
    }

    @Test
    void markupInAnAlertIsShownAsText() throws Exception {
        World w = world("alert-http-escape");
        long id = AlertFixtures.raise(as(w.originator(), w.situation(), Role.COMMANDER), w.situation(), "high",
                "<script>alert(1)</script><img src=x onerror=alert(2)>");
        String page = get("/alerts/" + id, w.desk(), "en").body();
        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(get("/alerts", w.desk(), "en").body()).doesNotContain("<img src=x");
    }

    /** The table row of one alert in the inbox. */
    private static String row(String page, long id) {
        int at = page.indexOf("href=\"/alerts/" + id + "\"");
        assertThat(at).as("alert %d in the inbox", id).isPositive();
        int start = page.lastIndexOf("<tr", at), end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    private HttpResponse<String> get(String path, String person, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenFor(person, null, null)).header("Accept-Language", language)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String person, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenFor(person, null, null)).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
