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
        var sent = as(w.usg()).post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "Arms caches in Kigali",
                 "text": "The Force Commander reports caches and an extermination plan.", "label": "AMBER"}""".formatted(w.situation(), w.council()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().path("id").asLong();
        JsonNode receipts = sent.json().path("receipts");
        assertThat(receipts).hasSize(3);
        List<String> instants = new ArrayList<>();
        receipts.forEach(r -> instants.add(r.path("delivered_at").asString()));
        assertThat(instants).containsOnly(sent.json().path("delivered_at").asString());

        assertThat(as(w.member("AA")).post("/api/briefings/" + id + "/open", "{}").status()).isEqualTo(200);
        assertThat(as(w.member("BB")).post("/api/briefings/" + id + "/acknowledge", "{}").status()).isEqualTo(200);
        assertThat(as(w.outsider()).post("/api/briefings/" + id + "/open", "{}").status()).isEqualTo(403);
        assertThat(as(w.member("AA")).get("/api/briefings/" + id + "/receipts").status()).isEqualTo(403);

        var view = as(w.usg()).get("/api/briefings/" + id + "/receipts");
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
        var sent = as(w.usg()).post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "Arms caches", "text": "Caches reported.", "label": "AMBER"}"""
                .formatted(w.situation(), w.council()));
        long id = sent.json().path("id").asLong();
        String path = "/api/briefings/" + id + "/label";

        var narrowed = as(w.usg()).post(path, "{\"label\": \"RED\"}");
        assertThat(narrowed.status()).isEqualTo(422);
        assertThat(narrowed.errorFields()).containsExactly("label");
        assertThat(as(w.member("AA")).post(path, "{\"label\": \"GREEN\"}").status()).isEqualTo(403);

        var widened = as(w.usg()).post(path, "{\"label\": \"GREEN\"}");
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("GREEN");
        assertThat(jdbc.queryForList("select type from escalation_event where subject = ? order by seq", String.class, "briefing:" + id))
                .contains(EscalationEvent.BRIEFING_LABEL_WIDENED);
    }

    @Test
    void aBriefingWithoutALabelOrNamingAnotherActorIsRefusedNamingTheField() {
        World w = world("brief-bad");
        var noLabel = as(w.usg()).post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "t", "text": "x"}""".formatted(w.situation(), w.council()));
        assertThat(noLabel.status()).isEqualTo(422);
        assertThat(noLabel.errorFields()).containsExactly("label");
        // the acting person is always the token's: a body naming someone else is refused, not silently replaced
        var otherActor = as(w.usg()).post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "t", "text": "x", "label": "RED"}"""
                .formatted(w.head(), w.situation(), w.council()));
        assertThat(otherActor.status()).isEqualTo(422);
        assertThat(otherActor.errorFields()).containsExactly("actor");
        // naming oneself is allowed (clients written before sign-in do), and is the same as omitting it
        var sameActor = as(w.usg()).post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "t", "text": "x", "label": "RED"}"""
                .formatted(w.usg(), w.situation(), w.council()));
        assertThat(sameActor.status()).as(sameActor.body()).isEqualTo(201);
        // without credentials nobody acts at all
        var anonymous = anonymous().post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "t", "text": "x", "label": "RED"}"""
                .formatted(w.usg(), w.situation(), w.council()));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(jdbc.queryForList("select actor from escalation_event where type = ? and situation = ?", String.class,
                EscalationEvent.BRIEFING_DELIVERED, w.situation())).containsExactly(w.usg());
    }

    @Test
    void theAlertApiRefusesADecisionWithoutRationaleAndANarrowerLabelNamingTheField() {
        World w = world("alert-api");
        var raised = as(w.originator()).post("/api/alerts", """
                {"situation": "%s", "severity": "critical", "explanation": "Grenade attacks nightly", "label": "GREEN"}"""
                .formatted(w.situation()));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().path("id").asLong();
        assertThat(raised.json().path("assessments").isArray()).isTrue();

        var noRationale = as(w.analyst()).post("/api/alerts/" + id + "/decisions", """
                {"outcome": "close"}""");
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.errorFields()).containsExactly("rationale");

        var narrower = as(w.originator()).post("/api/alerts/" + id + "/label", """
                {"label": "AMBER"}""");
        assertThat(narrower.status()).isEqualTo(422);
        assertThat(narrower.errorFields()).containsExactly("label");
        assertThat(narrower.json().path("detail").asString()).contains("never narrowed");

        var ack = as(w.analyst()).post("/api/alerts/" + id + "/acknowledge", "{}");
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().path("state").asString()).isEqualTo("acknowledged");
        var again = as(w.analyst()).post("/api/alerts/" + id + "/acknowledge", "{}");
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
        var r = as(w.head()).put("/api/situations/" + w.situation() + "/escalation-policy", """
                {"levels": [{"name": "x", "recipients": ["boss"], "acknowledge_within": "2 hours", "decide_within": "PT1H", "renotify_every": "PT1H"}]}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).contains("levels[0].recipients[0]", "levels[0].acknowledge_within");
        var p = api().get("/api/situations/" + w.situation() + "/escalation-policy").json();
        assertThat(p.path("levels")).hasSize(3);
        assertThat(p.path("explicit").asBoolean()).isTrue();
    }
}
