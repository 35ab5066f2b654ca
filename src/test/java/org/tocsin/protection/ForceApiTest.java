package org.tocsin.protection;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The force API over real HTTP: import, read, assess, record; and refusals as RFC 9457 problems naming the field. */
class ForceApiTest extends IntegrationTest {

    private String situationWithForce() {
        String s = uniqueSituation("force-api");
        createSituation(s);
        // desk-officer is also a demo account, holding its role in the demo situation only: give it its role here
        var imported = as("desk-officer", s, Role.DESK_OFFICER).post("/api/situations/" + s + "/force?reason=UNAMIR%201994",
                ForceMother.rwandaText());
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.header("Location")).isEqualTo("/api/situations/" + s + "/force?version=1");
        assertThat(imported.json().path("created_by").asString()).isEqualTo("desk-officer");
        return s;
    }

    @Test
    void importsAForceFileReadsStrengthOnADayAndAssessesAWithdrawalBeforeAnyoneDecides() {
        String s = situationWithForce();
        JsonNode force = api().get("/api/situations/" + s + "/force").json();
        assertThat(force.path("version").asInt()).isEqualTo(1);
        assertThat(force.path("force").path("mission").path("contingents").size()).isEqualTo(7);

        JsonNode bel = api().get("/api/situations/" + s + "/force/contingents/BEL_KIBAT/strength?on=1994-04-12").json();
        assertThat(bel.path("value").asLong()).isEqualTo(440);
        assertThat(bel.path("low").asLong()).isEqualTo(420);
        assertThat(bel.path("high").asLong()).isEqualTo(450);
        assertThat(bel.path("confidence").asString()).isEqualTo("medium");
        assertThat(bel.path("sources").get(0).asString()).isEqualTo("R_0413");

        JsonNode eto = api().get("/api/situations/" + s + "/force/sites/ETO/people?on=1994-04-11").json();
        assertThat(eto.path("text").asString()).isEqualTo("2,000 (2,000–4,000), confidence high");

        var impact = api().post("/api/situations/" + s + "/force/impact",
                "{\"kind\": \"withdrawal\", \"contingent\": \"BGD\", \"on\": \"1994-04-20\"}");
        assertThat(impact.status()).isEqualTo(200);
        JsonNode a = impact.json();
        assertThat(a.path("sites_unguarded").get(0).asString()).isEqualTo("AMAHORO");
        assertThat(a.path("people_exposed").path("value").asLong()).isEqualTo(5000);
        assertThat(a.path("people_exposed").path("high").asLong()).isEqualTo(12000);
        assertThat(a.path("people_exposed").path("confidence").asString()).isEqualTo("high");
        assertThat(a.path("dependents").get(0).path("node").asString()).isEqualTo("QRF");
        assertThat(a.path("assumptions").size()).isPositive();
        assertThat(a.path("text").asString()).contains("Sites that lose their guard (1)");
        assertThat(api().get("/api/situations/" + s + "/force/changes").json().size()).isZero();
    }

    @Test
    void recordsAnOrderLeavingASiteWithItsImpactAndSaysItRaisedTheCriticalHook() {
        String s = situationWithForce();
        var created = as("kigali-sector-commander").post("/api/situations/" + s + "/force/changes", """
                {"kind": "site_left", "site": "ETO", "form": "ordered", "on": "1994-04-11",
                 "occurred_at": "1994-04-11T11:00:00Z", "rationale": "regroup at the airport"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("alerted").asString()).isEqualTo("site_left");
        assertThat(created.json().path("impact").path("people_exposed").path("value").asLong()).isEqualTo(2000);
        var list = api().get("/api/situations/" + s + "/force/changes").json();
        assertThat(list.get(0).path("proposed_by").asString()).isEqualTo("kigali-sector-commander");
        assertThat(api().get(created.header("Location")).json().path("rationale").asString()).isEqualTo("regroup at the airport");
    }

    @Test
    void editsRequireWhoAndWhyAndRefuseAStaleBase() {
        String s = situationWithForce();
        String edit = """
                {"reason": "new count", "base_version": 1, "edits": [{"kind": "population_reported", "site": "KFH",
                  "figure": {"date": "1994-04-22", "value": 8500, "sources": [], "confidence": "unconfirmed"}}]}""";
        // a person of the test, not a demo account: demo accounts keep their roles in the demo situation only
        var analyst = as("force-editor-" + s, s, Role.COMMANDER);
        // who is the caller: an edit naming someone else as its actor is refused, and makes no version
        var asAnother = analyst.post("/api/situations/" + s + "/force/edits", edit.replace("{\"reason\"", "{\"actor\": \"desk-officer\", \"reason\""));
        assertThat(asAnother.status()).isEqualTo(422);
        assertThat(asAnother.errorFields()).containsExactly("actor");
        var edited = analyst.post("/api/situations/" + s + "/force/edits", edit);
        assertThat(edited.status()).isEqualTo(201);
        assertThat(edited.json().path("created_by").asString()).isEqualTo("force-editor-" + s);
        var stale = analyst.post("/api/situations/" + s + "/force/edits", edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("base_version");
        assertThat(api().get("/api/situations/" + s + "/force/versions").json().size()).isEqualTo(2);
        assertThat(api().get("/api/situations/" + s + "/force?version=1").json().path("origin").asString()).isEqualTo("imported");
        assertThat(api().get("/api/situations/" + s + "/force?version=9").errorFields()).containsExactly("version");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String s = situationWithForce();
        String base = "/api/situations/" + s + "/force";
        List<String> fields = new ArrayList<>();

        var doc = (tools.jackson.databind.node.ObjectNode) ForceMother.rwandaDocument();
        ((tools.jackson.databind.node.ObjectNode) doc.get("mission").get("contingents").get(0).get("strength").get(0)).remove("confidence");
        var noConfidence = api().post(base, doc.toString());
        assertThat(noConfidence.status()).isEqualTo(422);
        assertThat(noConfidence.header("Content-Type")).startsWith("application/problem+json");
        fields.addAll(noConfidence.errorFields());

        assertThat(api().post(base + "/impact", "{\"kind\": \"retreat\"}").errorFields()).containsExactly("kind");
        assertThat(api().post(base + "/impact", "{\"kind\": \"withdrawal\", \"contingent\": \"NOBODY\"}").errorFields()).containsExactly("contingent");
        assertThat(api().post(base + "/impact", "{\"kind\": \"withdrawal\", \"contingent\": \"UNAMIR_TOTAL\"}").errorFields()).containsExactly("contingent");
        assertThat(api().post(base + "/impact", "{\"kind\": \"force_cut\", \"target_strength\": -5}").errorFields()).containsExactly("target_strength");
        assertThat(api().post(base + "/impact", "{\"kind\": \"site_left\", \"site\": \"ETO\", \"on\": \"11 April\"}").errorFields()).containsExactly("on");
        assertThat(api().post(base + "/changes", "{\"kind\": \"site_left\", \"site\": \"ETO\"}").errorFields()).containsExactly("rationale");
        assertThat(api().post(base + "/changes", "{\"actor\": \"x\", \"kind\": \"site_left\", \"site\": \"ETO\", \"rationale\": \"r\"}").errorFields())
                .containsExactly("actor");
        assertThat(api().post(base + "/impact", "{\"kind\": ").errorFields()).containsExactly("$");
        assertThat(api().get(base + "/contingents/BEL_KIBAT/strength?on=yesterday").errorFields()).containsExactly("on");
        assertThat(api().get(base + "/contingents/NOBODY/strength").errorFields()).containsExactly("contingent");
        assertThat(fields).containsExactly("mission.contingents[0].strength[0].confidence");

        String bare = uniqueSituation("no-force");
        createSituation(bare);
        var noForce = api().post("/api/situations/" + bare + "/force/impact", "{\"kind\": \"force_cut\", \"target_strength\": 10}");
        assertThat(noForce.status()).isEqualTo(404);
        assertThat(noForce.errorFields()).containsExactly("situation");
        assertThat(api().get("/api/situations/nowhere-at-all/force").status()).isEqualTo(404);
    }
}
