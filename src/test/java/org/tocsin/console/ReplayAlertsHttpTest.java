package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay shows the alerts and escalations the service's rules would have produced, unfolding with the day shown. */
class ReplayAlertsHttpTest extends IntegrationTest {

    private String page(String query) throws Exception {
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/replay" + query))
                .header("Authorization", "Bearer " + tokenFor(SUPERUSER, null, null)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void onTheFirstDayNoAlertStandsAndByTheEndAlertsHaveBeenRaisedDeliveredAndEscalatedAndAreMarkedOnTheChart() throws Exception {
        String first = page("?day=0");
        assertThat(first).contains("Alerts and escalations so far", "No alert yet.");
        String last = page("");
        assertThat(last).doesNotContain("No alert yet.").contains("replay-alert-", "delivered to ", "escalated from level",
                "class=\"moment moment-alert\"", "href=\"#replay-alert-");
        assertThat(count(last, "<li id=\"replay-alert-")).isGreaterThan(count(first, "<li id=\"replay-alert-"));
        assertThat(page("?day=0&lang=fr")).contains("Alertes et escalades jusqu’ici", "Aucune alerte encore.");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
