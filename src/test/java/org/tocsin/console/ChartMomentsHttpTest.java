package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.IntegrationTest;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk chart shows the moment of each alert and each decision the reader may see, linked to the alert. */
class ChartMomentsHttpTest extends IntegrationTest {

    @Test
    void anAlertAndItsDecisionAreMarkedOnTheChartAndARedOneOnlyForThoseWhoMayReadIt() {
        String s = uniqueSituation("moments");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var created = api().post("/api/situations", """
                {"id": "%s", "name": "Moments", "country": "RW", "watch_from": "%s", "watch_to": "%s"}"""
                .formatted(s, today.minusDays(20), today.plusDays(5)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        api().post("/api/signals", """
                {"situation": "%s", "id": "m-1", "kind": "field_report", "source": "t", "source_type": "un_field", "reliability": "B",
                 "credibility": "2", "date": "%s", "summary": "Militia lists of names", "indicators": ["RF07.04"]}""".formatted(s, today.minusDays(3)));
        AlertFixtures.ladder(admin(), s, SUPERUSER, null);   // the superuser holds the desk: alerts are addressed to them
        long open = api().post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "Lists", "label": "AMBER"}""".formatted(s)).json().path("id").asLong();
        long red = api().post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "Cable", "label": "RED"}""".formatted(s)).json().path("id").asLong();
        var decided = api().post("/api/alerts/" + open + "/decisions", "{\"outcome\": \"act\", \"rationale\": \"Search the caches\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        String analystPage = as("moments-analyst-" + s, s, Role.ANALYST).get("/situations/" + s).body();
        assertThat(analystPage).contains("class=\"moment moment-alert\"", "class=\"moment moment-decision\"",
                "href=\"/alerts/" + open + "\"", "href=\"/alerts/" + red + "\"", "Decision on alert " + open + ": act");
        String councilPage = as("moments-council-" + s, s, Role.COUNCIL_MEMBER).get("/situations/" + s).body();
        assertThat(councilPage).contains("href=\"/alerts/" + open + "\"").doesNotContain("href=\"/alerts/" + red + "\"");
    }
}
