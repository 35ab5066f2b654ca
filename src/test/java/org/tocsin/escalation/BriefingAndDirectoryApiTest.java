package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory, briefings with receipts, and bad input as problems naming the field, over HTTP. */
class BriefingAndDirectoryApiTest extends EscalationIntegrationTest {

    @Test
    void aSituationFilesBodiesBecomeGroupsOfPeopleWhoKeepWhomTheyRepresent() {
        var council = api().get("/api/groups/un-security-council");
        assertThat(council.status()).isEqualTo(200);
        List<String> members = new ArrayList<>();
        council.json().path("members").forEach(m -> members.add(m.asString()));
        assertThat(members).hasSize(15).contains("un-security-council:RW", "un-security-council:NZ", "un-security-council:CZ");
        assertThat(api().get("/api/people/un-security-council:RW").json().path("represents").asString()).isEqualTo("government-of-rwanda");
    }

    @Test
    void aBriefingReachesEveryMemberAtTheSameInstantWithReceiptsOnlyItsSenderSees() {
        World w = world("brief");
        var sent = api().post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "Arms caches in Kigali",
                 "text": "The Force Commander reports caches and an extermination plan.", "label": "AMBER"}""".formatted(w.usg(), w.situation(), w.council()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().path("id").asLong();
        JsonNode receipts = sent.json().path("receipts");
        assertThat(receipts).hasSize(3);
        List<String> instants = new ArrayList<>();
        receipts.forEach(r -> instants.add(r.path("delivered_at").asString()));
        assertThat(instants).containsOnly(sent.json().path("delivered_at").asString());

        assertThat(api().post("/api/briefings/" + id + "/open", "{\"actor\": \"%s\"}".formatted(w.member("AA"))).status()).isEqualTo(200);
        assertThat(api().post("/api/briefings/" + id + "/acknowledge", "{\"actor\": \"%s\"}".formatted(w.member("BB"))).status()).isEqualTo(200);
        assertThat(api().post("/api/briefings/" + id + "/open", "{\"actor\": \"%s\"}".formatted(w.outsider())).status()).isEqualTo(403);
        assertThat(api().get("/api/briefings/" + id + "/receipts?actor=" + w.member("AA")).status()).isEqualTo(403);

        var view = api().get("/api/briefings/" + id + "/receipts?actor=" + w.usg());
        assertThat(view.status()).isEqualTo(200);
        view.json().path("receipts").forEach(r -> {
            String who = r.path("recipient").asString();
            assertThat(r.path("opened_at").isNull()).isEqualTo(who.equals(w.member("GV")));
            assertThat(r.path("acknowledged_at").isNull()).isEqualTo(!who.equals(w.member("BB")));
        });
        assertThat(jdbc.queryForList("select type from escalation_event where subject = ? order by seq", String.class, "briefing:" + id))
                .containsExactly(EscalationEvent.BRIEFING_DELIVERED, EscalationEvent.BRIEFING_OPENED, EscalationEvent.BRIEFING_ACKNOWLEDGED);
    }

    @Test
    void aBriefingsLabelIsWidenedOnlyByItsSenderAndNeverNarrowed() {
        World w = world("brief-label");
        var sent = api().post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "Arms caches", "text": "Caches reported.", "label": "AMBER"}"""
                .formatted(w.usg(), w.situation(), w.council()));
        long id = sent.json().path("id").asLong();
        String path = "/api/briefings/" + id + "/label";

        var narrowed = api().post(path, "{\"actor\": \"%s\", \"label\": \"RED\"}".formatted(w.usg()));
        assertThat(narrowed.status()).isEqualTo(422);
        assertThat(narrowed.errorFields()).containsExactly("label");
        assertThat(api().post(path, "{\"actor\": \"%s\", \"label\": \"GREEN\"}".formatted(w.member("AA"))).status()).isEqualTo(403);

        var widened = api().post(path, "{\"actor\": \"%s\", \"label\": \"GREEN\"}".formatted(w.usg()));
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("GREEN");
        assertThat(jdbc.queryForList("select type from escalation_event where subject = ? order by seq", String.class, "briefing:" + id))
                .contains(EscalationEvent.BRIEFING_LABEL_WIDENED);
    }

    @Test
    void aBriefingWithoutALabelOrActorIsRefusedNamingTheField() {
        World w = world("brief-bad");
        var noLabel = api().post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "t", "text": "x"}""".formatted(w.usg(), w.situation(), w.council()));
        assertThat(noLabel.status()).isEqualTo(422);
        assertThat(noLabel.errorFields()).containsExactly("label");
        var noActor = api().post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "t", "text": "x", "label": "RED"}""".formatted(w.situation(), w.council()));
        assertThat(noActor.status()).isEqualTo(422);
        assertThat(noActor.errorFields()).containsExactly("actor");
    }

    @Test
    void theAlertApiRefusesADecisionWithoutRationaleAndANarrowerLabelNamingTheField() {
        World w = world("alert-api");
        var raised = api().post("/api/alerts", """
                {"actor": "%s", "situation": "%s", "severity": "critical", "explanation": "Grenade attacks nightly", "label": "GREEN"}"""
                .formatted(w.originator(), w.situation()));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().path("id").asLong();
        assertThat(raised.json().path("assessments").isArray()).isTrue();

        var noRationale = api().post("/api/alerts/" + id + "/decisions", """
                {"actor": "%s", "outcome": "close"}""".formatted(w.analyst()));
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.errorFields()).containsExactly("rationale");

        var narrower = api().post("/api/alerts/" + id + "/label", """
                {"actor": "%s", "label": "AMBER"}""".formatted(w.originator()));
        assertThat(narrower.status()).isEqualTo(422);
        assertThat(narrower.errorFields()).containsExactly("label");
        assertThat(narrower.json().path("detail").asString()).contains("never narrowed");

        var ack = api().post("/api/alerts/" + id + "/acknowledge", "{\"actor\": \"%s\"}".formatted(w.analyst()));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().path("state").asString()).isEqualTo("acknowledged");
        var again = api().post("/api/alerts/" + id + "/acknowledge", "{\"actor\": \"%s\"}".formatted(w.analyst()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("acknowledged");

        var view = api().get("/api/alerts/" + id).json();
        assertThat(view.path("history")).isNotEmpty();
        assertThat(view.path("deadlines")).isNotEmpty();
        assertThat(api().get("/api/alerts?situation=" + w.situation() + "&open=true").json()).hasSize(1);
    }

    @Test
    void aPolicyWithBadLevelsIsRefusedNamingEachField() {
        World w = world("policy-bad");
        var r = put("/api/situations/" + w.situation() + "/escalation-policy", """
                {"actor": "%s", "levels": [{"name": "x", "recipients": ["boss"], "acknowledge_within": "2 hours", "decide_within": "PT1H", "renotify_every": "PT1H"}]}"""
                .formatted(w.head()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).contains("levels[0].recipients[0]", "levels[0].acknowledge_within");
        var p = api().get("/api/situations/" + w.situation() + "/escalation-policy").json();
        assertThat(p.path("levels")).hasSize(3);
        assertThat(p.path("explicit").asBoolean()).isTrue();
    }
}
