package org.tocsin.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.fusion.FusionService;
import org.tocsin.fusion.SituationRisk;
import org.tocsin.common.Transactions;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskApiTest extends IntegrationTest {

    @Autowired
    FusionService fusion;

    @Autowired
    Transactions transactions;

    @Test
    void theDemoSituationIsCriticalTheDayAfterTheGenocideFaxAndSaysWhy() {
        JsonNode risk = api().get("/api/situations/rwanda-1993-1994/risk?at=1994-01-12").json();
        assertThat(risk.path("level").asString()).isEqualTo("CRITICAL");
        assertThat(risk.path("explanation").path("level_reason").asString()).contains("CRITICAL");
        List<String> drivers = new ArrayList<>();
        risk.path("explanation").path("drivers").forEach(d -> drivers.add(d.path("key").path("id").asString()));
        assertThat(drivers).contains("rw-017", "rw-016");
        assertThat(risk.path("text").asString()).contains("rw-017");
    }

    @Test
    void theDemoSituationIsAnEmergencyOnceTheKillingBegins() {
        assertThat(api().get("/api/situations/rwanda-1993-1994/risk?at=1994-04-12").json().path("level").asString()).isEqualTo("EMERGENCY");
        assertThat(api().get("/api/situations/rwanda-1993-1994/risk?at=1993-10-06").json().path("level").asString()).isEqualTo("NORMAL");
    }

    @Test
    void historyShowsEachLevelChangeWithItsDateAndCauses() {
        JsonNode history = api().get("/api/situations/rwanda-1993-1994/risk/history").json();
        List<String> changes = new ArrayList<>();
        history.path("changes").forEach(c -> changes.add(c.path("on").asString() + " " + c.path("to").asString()));
        assertThat(changes).contains("1994-01-11 CRITICAL");
        assertThat(changes.stream().filter(c -> c.endsWith("EMERGENCY")).findFirst().orElseThrow()).startsWith("1994-04-0");
    }

    @Test
    void refusesAnUnreadableDateNamingAt() {
        var r = api().get("/api/situations/rwanda-1993-1994/risk?at=last-tuesday");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("at");
        assertThat(api().get("/api/situations/nowhere/risk").status()).isEqualTo(404);
    }

    @Test
    void addingSignalsOneByOneGivesExactlyTheSameRiskAsRecountingFromScratch() throws Exception {
        String s = uniqueSituation("incremental");
        createSituation(s);
        for (String id : List.of("rw-004", "rw-009", "rw-011", "rw-015", "rw-016", "rw-017", "rw-021", "rw-024")) {
            assertThat(api().post("/api/signals", SignalApiTest.caseLine(id, s)).status()).isEqualTo(201);
            var incremental = transactions.inTransaction(tx -> fusion.current(s).orElseThrow());
            var scratch = transactions.inTransaction(tx -> {
                SituationRisk fresh = fusion.fromScratch(s);
                return fresh.assess(incremental.at());
            });
            assertThat(incremental.score()).isEqualTo(scratch.score());
            assertThat(incremental.level()).isEqualTo(scratch.level());
        }
        assertThat(jdbc.queryForObject("select level from situation_risk where situation_id = ?", String.class, s)).isNotEqualTo("NORMAL");
    }

    @Test
    void suggestsIndicatorsFromTextAndOnlyAConfirmedSuggestionCounts() {
        var suggested = api().post("/api/tagging/suggest", "{\"text\": \"Militia members distributed machetes and firearms to civilians.\"}");
        assertThat(suggested.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        suggested.json().path("suggestions").forEach(x -> codes.add(x.path("code").asString()));
        assertThat(codes).contains("RF07.04");

        String s = uniqueSituation("confirm");
        createSituation(s);
        ObjectNode signal = Api.JSON.createObjectNode();
        signal.put("situation", s).put("id", "t-1").put("date", "2026-11-01").put("kind", "field_report")
                .put("source", "Field monitor").put("source_type", "ngo").put("reliability", "B").put("credibility", "2")
                .put("location", "Kigali, Rwanda").put("summary", "Militia members distributed machetes and firearms to civilians.");
        var created = api().post("/api/signals", signal.toString());
        assertThat(created.status()).isEqualTo(201);
        String uid = created.json().path("uid").asString();
        double before = api().get("/api/situations/" + s + "/risk").json().path("score").asDouble();

        var list = api().get("/api/signals/" + uid + "/suggestions").json();
        assertThat(list.size()).isPositive();
        assertThat(list.get(0).path("status").asString()).isEqualTo("suggested");
        var confirmed = as("reviewing-analyst").post("/api/signals/" + uid + "/suggestions/RF07.04/confirm", "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("decided_by").asString()).as("the person the API token acts for").isEqualTo("reviewing-analyst");
        double after = api().get("/api/situations/" + s + "/risk").json().path("score").asDouble();
        assertThat(after).isGreaterThan(before);

        assertThat(api().post("/api/signals/" + uid + "/suggestions/RF07.04/reject", "").status()).isEqualTo(409);
        assertThat(api().post("/api/signals/" + uid + "/suggestions/RF12.01/confirm", "").status()).isEqualTo(404);
        assertThat(api().post("/api/tagging/suggest", "{}").errorFields()).containsExactly("text");
    }
}
