package org.tocsin.access;

import org.junit.jupiter.api.Test;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLP labels decide what each role reads, in the queries themselves: lists, counts and single
 * reads agree, and a withheld signal is indistinguishable from one that does not exist.
 */
class DistributionLabelsTest extends IntegrationTest {

    private String submit(Api as, String s, String id, String label) {
        var r = as.post("/api/signals", """
                {"situation": "%s", "id": "%s", "kind": "field_report", "source": "t", "source_type": "un_field", "reliability": "B",
                 "credibility": "2", "date": "1994-01-11", "summary": "Signal %s", "label": "%s"}""".formatted(s, id, id, label));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("uid").asString();
    }

    private List<String> ids(Api as, String s) {
        var r = as.get("/api/signals?situation=" + s);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().path("items").forEach(i -> out.add(i.path("id").asString()));
        assertThat(r.json().path("total").asLong()).as("the count agrees with the list").isEqualTo(out.size());
        return out;
    }

    @Test
    void eachRoleReadsUpToItsCeilingAndEveryoneReadsWhatTheySent() {
        String s = uniqueSituation("tlp");
        createSituation(s);
        Api reporter = as("tlp-reporter-" + s, s, Role.REPORTER);
        Api council = as("tlp-council-" + s, s, Role.COUNCIL_MEMBER);
        Api commander = as("tlp-commander-" + s, s, Role.COMMANDER);
        Api analyst = as("tlp-analyst-" + s, s, Role.ANALYST);
        Api outsider = as("tlp-outsider-" + s, uniqueSituation("elsewhere"), Role.ANALYST);
        String clear = submit(api(), s, "c", "CLEAR");
        submit(api(), s, "g", "GREEN");
        submit(api(), s, "a", "AMBER");
        submit(api(), s, "as", "AMBER+STRICT");
        String red = submit(api(), s, "r", "RED");
        String mine = submit(reporter, s, "mine", "RED");

        assertThat(ids(reporter, s)).containsExactlyInAnyOrder("c", "g", "mine");
        assertThat(ids(council, s)).containsExactlyInAnyOrder("c", "g", "a");
        assertThat(ids(commander, s)).containsExactlyInAnyOrder("c", "g", "a", "as");
        assertThat(ids(analyst, s)).containsExactlyInAnyOrder("c", "g", "a", "as", "r", "mine");
        assertThat(outsider.get("/api/signals?situation=" + s).status()).isEqualTo(403);

        var withheld = commander.get("/api/signals/" + red);
        var unknown = commander.get("/api/signals/00000000-0000-0000-0000-000000000000");
        assertThat(withheld.status()).isEqualTo(404);
        assertThat(withheld.json().path("detail").asString()).isEqualTo(unknown.json().path("detail").asString());
        assertThat(reporter.get("/api/signals/" + mine).status()).isEqualTo(200);
        assertThat(reporter.get("/api/signals/" + clear).status()).isEqualTo(200);
        assertThat(analyst.get("/api/signals/" + red).status()).isEqualTo(200);
    }

    @Test
    void theSituationPageCountsEverySignalButShowsOnlyWhatTheViewerMayRead() {
        String s = uniqueSituation("tlp-page");
        createSituation(s);
        submit(api(), s, "open-report", "GREEN");
        submit(api(), s, "secret-cable", "RED");
        String page = as("tlp-page-council-" + s, s, Role.COUNCIL_MEMBER).get("/situations/" + s).body();
        assertThat(page).contains("open-report").doesNotContain("secret-cable");
        assertThat(as("tlp-page-analyst-" + s, s, Role.ANALYST).get("/situations/" + s).body()).contains("secret-cable");
    }

    @Test
    void alertsAndBriefingsFollowTheirLabelsAndTheirRecipients() {
        String s = uniqueSituation("tlp-alerts");
        createSituation(s);
        var red = api().post("/api/alerts", """
                {"situation": "%s", "severity": "critical", "explanation": "No distribution", "label": "RED"}""".formatted(s));
        assertThat(red.status()).as(red.body()).isEqualTo(201);
        long id = red.json().path("id").asLong();
        Api council = as("tlp-alert-council-" + s, s, Role.COUNCIL_MEMBER);
        assertThat(council.get("/api/alerts/" + id).status()).isEqualTo(404);
        assertThat(council.get("/api/alerts?situation=" + s).json().size()).isZero();
        assertThat(as("tlp-alert-analyst-" + s, s, Role.ANALYST).get("/api/alerts/" + id).status()).isEqualTo(200);
    }

    @Test
    void nobodyCanBriefOnAnAlertTheyMayNotReadAndSoLearnIt() {
        String s = uniqueSituation("tlp-brief");
        createSituation(s);
        var red = api().post("/api/alerts", """
                {"situation": "%s", "severity": "critical", "explanation": "The informant's cache list", "label": "RED"}""".formatted(s));
        long id = red.json().path("id").asLong();
        String desk = "tlp-brief-desk-" + s, group = "tlp-brief-body-" + s;
        Api deskApi = as(desk, s, Role.DESK_OFFICER);
        assertThat(admin().post("/api/groups", "{\"id\": \"%s\", \"name\": \"Body\", \"members\": [\"%s\"]}".formatted(group, desk)).status())
                .isEqualTo(201);
        var refused = deskApi.post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "About it", "text": "See the alert", "label": "RED", "alert": %d}"""
                .formatted(s, group, id));
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(refused.errorFields()).containsExactly("alert");
        assertThat(refused.body()).doesNotContain("cache list");
    }

    @Test
    void aSendersHandlingMarkingSetsTheFloorOfTheLabelWhenNoneIsGiven() {
        String s = uniqueSituation("tlp-marking");
        createSituation(s);
        var r = api().post("/api/signals", """
                {"situation": "%s", "id": "cable", "kind": "diplomatic_cable", "source": "DPKO", "source_type": "un_hq", "reliability": "A",
                 "credibility": "1", "date": "1994-01-11", "summary": "Reply to the cable", "marking": "NO DISTRIBUTION"}""".formatted(s));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("label").asString()).isEqualTo("RED");
        var explicit = api().post("/api/signals", """
                {"situation": "%s", "id": "open", "kind": "diplomatic_cable", "source": "DPKO", "source_type": "un_hq", "reliability": "A",
                 "credibility": "1", "date": "1994-01-12", "summary": "Decided to share", "marking": "NO DISTRIBUTION", "label": "AMBER"}"""
                .formatted(s));
        assertThat(explicit.json().path("label").asString()).as("an explicit label is the sender's decision").isEqualTo("AMBER");
    }

    @Test
    void openingAnAlertIsJournaledSoTheWhoKnewReportShowsWhoReadItAndAWithheldOneIsNot() throws Exception {
        String s = uniqueSituation("tlp-viewed");
        createSituation(s);
        long amber = api().post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "Arms caches", "label": "AMBER"}""".formatted(s)).json().path("id").asLong();
        long red = api().post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "The cable", "label": "RED"}""".formatted(s)).json().path("id").asLong();
        String council = "tlp-viewed-council-" + s;
        Api reader = as(council, s, Role.COUNCIL_MEMBER);
        assertThat(reader.get("/api/alerts/" + amber).status()).isEqualTo(200);
        assertThat(reader.get("/api/alerts/" + red).status()).isEqualTo(404);
        long deadline = System.nanoTime() + 10_000_000_000L;     // views are written in batches, within a second
        long n = 0;
        while (n == 0 && System.nanoTime() < deadline) {
            n = jdbc.queryForObject("select count(*) from journal where type = 'alert.viewed' and actor = ? and subject = ?",
                    Long.class, council, "alert:" + amber);
            if (n == 0) Thread.sleep(100);
        }
        assertThat(n).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from journal where type = 'alert.viewed' and actor = ? and subject = ?",
                Long.class, council, "alert:" + red)).isZero();
    }

    @Test
    void aWebhookAddressIsShownOnlyToThoseWhoKeepTheDirectory() {
        String person = "hooked-" + System.nanoTime();
        assertThat(admin().post("/api/people", """
                {"id": "%s", "name": "Hooked", "email": "hooked@example.org", "webhook": "https://hooks.example.org/t/SECRET-PATH-TOKEN"}""".formatted(person)).status())
                .isEqualTo(201);
        String s = uniqueSituation("tlp-hook");
        createSituation(s);
        var asCouncil = as("tlp-hook-council-" + s, s, Role.COUNCIL_MEMBER).get("/api/people/" + person);
        assertThat(asCouncil.status()).isEqualTo(200);
        assertThat(asCouncil.body()).doesNotContain("SECRET-PATH-TOKEN").contains("(set)");
        assertThat(as("tlp-hook-council-" + s, s, Role.COUNCIL_MEMBER).get("/api/people").body()).doesNotContain("SECRET-PATH-TOKEN");
        assertThat(admin().get("/api/people/" + person).body()).contains("SECRET-PATH-TOKEN");
    }

    @Test
    void theRiskExplanationNamesOnlyTheSignalsTheReaderMayReadAndSaysHowManyItWithholds() {
        String s = uniqueSituation("tlp-risk");
        createSituation(s);
        for (String[] sig : new String[][] {{"open-report", "GREEN", "1994-01-10"}, {"secret-cable-x", "RED", "1994-01-11"}}) {
            var r = api().post("/api/signals", """
                    {"situation": "%s", "id": "%s", "kind": "field_report", "source": "src-%s", "source_type": "un_field", "reliability": "A",
                     "credibility": "1", "date": "%s", "summary": "Arms distributed to the militia", "indicators": ["RF07.04", "RF10.01"],
                     "label": "%s"}""".formatted(s, sig[0], sig[0], sig[2], sig[1]));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        var analyst = as("tlp-risk-analyst-" + s, s, Role.ANALYST).get("/api/situations/" + s + "/risk?at=1994-01-20");
        assertThat(analyst.body()).contains("secret-cable-x", "open-report");
        assertThat(analyst.json().path("withheld").asInt()).isZero();
        var reporter = as("tlp-risk-reporter-" + s, s, Role.REPORTER).get("/api/situations/" + s + "/risk?at=1994-01-20");
        assertThat(reporter.status()).isEqualTo(200);
        assertThat(reporter.body()).contains("open-report").doesNotContain("secret-cable-x", "src-secret-cable-x");
        assertThat(reporter.json().path("withheld").asInt()).isPositive();
        assertThat(reporter.json().path("level").asString()).isEqualTo(analyst.json().path("level").asString());
        var history = as("tlp-risk-reporter-" + s, s, Role.REPORTER).get("/api/situations/" + s + "/risk/history");
        assertThat(history.body()).doesNotContain("secret-cable-x");
        String page = as("tlp-risk-reporter-" + s, s, Role.REPORTER).get("/situations/" + s).body();
        assertThat(page).contains("open-report").doesNotContain("secret-cable-x");
        assertThat(as("tlp-risk-analyst-" + s, s, Role.ANALYST).get("/situations/" + s).body()).contains("secret-cable-x");
    }
}
