package org.tocsin.source;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Protection requests as tracked obligations: lifecycle, who sees what, and the overdue query escalation polls. */
class ProtectionRequestsIntegrationTest extends SourceIntegrationTest {

    private String registered(String prefix, String handler) {
        String id = newId(prefix);
        assertThat(sourceApi().register("register", handler, id, "\"real_name\": \"Jean-Baptiste Habimana\"").status()).isEqualTo(201);
        return id;
    }

    private String request(String id, String actor, Instant deadline, String owner) {
        var r = sourceApi().as(actor).post("request", "/api/sources/" + id + "/protection-requests", """
                {"what": "Relocate Habimana and his mother from Kimihurura to Nairobi", "deadline": "%s", "owner": "%s"}"""
                .formatted(deadline, owner));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    @Test
    void aRequestGoesFromOpenThroughInProgressToDoneWithItsRationaleSealedAndEveryStepJournaled() {
        String id = registered("pr-life", "hd-pl");
        Instant deadline = Instant.now().plus(Duration.ofDays(2));
        String rid = request(id, "hd-pl", deadline, "sec-pl");
        var api = sourceApi();
        String base = "/api/sources/" + id + "/protection-requests/" + rid;

        var started = api.as("sec-pl").post("start", base + "/progress", "{\"status\": \"in_progress\"}");
        var doneWithout = api.as("sec-pl").post("done without rationale", base + "/progress", "{\"status\": \"done\"}");
        var done = api.as("sec-pl").post("done", base + "/progress",
                "{\"status\": \"done\", \"rationale\": \"Habimana crossed at Gatuna on the 12th\"}");
        var reopened = api.as("hd-pl").post("reopen", base + "/progress", "{\"status\": \"in_progress\"}");

        assertThat(started.json().path("status").asString()).isEqualTo("in_progress");
        assertThat(doneWithout.status()).isEqualTo(422);
        assertThat(doneWithout.errorFields()).containsExactly("rationale");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("done");
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.json().path("detail").asString()).contains("done");
        var history = api.get("history", base).json().path("history");
        assertThat(history.findValuesAsString("to")).containsExactly("in_progress", "done");
        assertThat(journal(pseudonymOf(id))).extracting(e -> e.get("type"))
                .containsSubsequence("source.protection_requested", "source.protection_updated", "source.protection_updated");
        var details = api.as("sec-pl").post("owner reads", base + "/unseal", "{}");
        assertThat(details.json().path("what").asString()).contains("Kimihurura");
        assertThat(details.json().path("notes").get(0).path("text").asString()).contains("Gatuna");
    }

    @Test
    void anAnalystSeesThatARequestExistsWithItsDeadlineAndStatusButNotWhatItAsks() {
        String id = registered("pr-view", "hd-pv");
        Instant deadline = Instant.parse("2099-01-01T00:00:00Z");
        String rid = request(id, "hd-pv", deadline, "sec-pv");
        var api = sourceApi();

        var list = api.as("analyst-pv").get("analyst list", "/api/sources/" + id + "/protection-requests");
        var analystUnseal = api.as("analyst-pv").post("analyst unseal", "/api/sources/" + id + "/protection-requests/" + rid + "/unseal",
                "{}");
        var analystProgress = api.as("analyst-pv").post("analyst progress", "/api/sources/" + id + "/protection-requests/" + rid + "/progress",
                "{\"status\": \"failed\", \"rationale\": \"x\"}");

        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("deadline").asString()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(list.json().get(0).path("status").asString()).isEqualTo("open");
        assertThat(list.json().get(0).path("owner").asString()).isEqualTo("sec-pv");
        assertThat(list.body()).doesNotContain("Kimihurura", "Habimana", "Nairobi");
        assertThat(analystUnseal.status()).isEqualTo(403);
        assertThat(analystProgress.status()).isEqualTo(403);
        assertThat(journal(pseudonymOf(id))).extracting(e -> e.get("type")).contains("source.unseal_denied");
    }

    @Test
    void onlyAHandlerCanRequestProtectionAndTheDeadlineMustLieAhead() {
        String id = registered("pr-who", "hd-pw");
        var api = sourceApi();

        var byAnalyst = api.as("analyst-pw").post("analyst", "/api/sources/" + id + "/protection-requests",
                "{\"what\": \"x\", \"deadline\": \"2099-01-01\", \"owner\": \"sec\"}");
        var past = api.as("hd-pw").post("past", "/api/sources/" + id + "/protection-requests",
                "{\"what\": \"x\", \"deadline\": \"2001-01-01\", \"owner\": \"sec\"}");
        var noOwner = api.as("hd-pw").post("no owner", "/api/sources/" + id + "/protection-requests",
                "{\"what\": \"x\", \"deadline\": \"2099-01-01\"}");

        assertThat(byAnalyst.status()).isEqualTo(403);
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorFields()).containsExactly("deadline");
        assertThat(noOwner.status()).isEqualTo(422);
        assertThat(noOwner.errorFields()).containsExactly("owner");
    }

    @Test
    void overdueListsPendingRequestsPastTheirDeadlineWithWhomToNotifyAndDropsThemOnceClosed() {
        String id = registered("pr-due", "hd-pd");
        // whole seconds: the store keeps microseconds
        Instant deadline = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String open = request(id, "hd-pd", deadline, "sec-pd");
        String started = request(id, "hd-pd", deadline, "sec-pd");
        String closed = request(id, "hd-pd", deadline, "sec-pd");
        var api = sourceApi();
        String base = "/api/sources/" + id + "/protection-requests/";
        api.as("sec-pd").post("start", base + started + "/progress", "{\"status\": \"in_progress\"}");
        api.as("hd-pd").post("fail", base + closed + "/progress", "{\"status\": \"failed\", \"rationale\": \"route cut\"}");

        var before = protection.overdue(deadline.minusSeconds(1)).stream().filter(o -> o.source().value().equals(id)).toList();
        var after = protection.overdue(deadline.plus(Duration.ofHours(5))).stream().filter(o -> o.source().value().equals(id)).toList();

        assertThat(before).isEmpty();
        assertThat(after).extracting(o -> o.request().toString()).containsExactlyInAnyOrder(open, started);
        assertThat(after).allSatisfy(o -> {
            assertThat(o.owner()).isEqualTo("sec-pd");
            assertThat(o.handlers()).containsExactly("hd-pd");
            assertThat(o.pseudonym().value()).isEqualTo(pseudonymOf(id));
            assertThat(o.overdueBy(deadline.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofHours(5));
            assertThat(o.subject()).startsWith("protection:");
            assertThat(o.toString()).doesNotContain("Habimana", "Kimihurura");
        });
        assertThat(after).extracting(OverdueProtection::status)
                .containsExactlyInAnyOrder(ProtectionStatus.OPEN, ProtectionStatus.IN_PROGRESS);
    }

    @Autowired
    org.tocsin.escalation.ProtectionOverdueWatch overdueWatch;

    @Test
    void anOverdueRequestNamingASituationRaisesOneAlertOnItsLadderThatNamesTheSourceOnlyByPseudonym() {
        String s = uniqueSituation("pr-overdue");
        createSituation(s);
        String id = registered("pr-overdue", "hd-po");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        var r = sourceApi().as("hd-po").post("request", "/api/sources/" + id + "/protection-requests", """
                {"what": "Move Habimana to the Kigali UNAMIR HQ", "deadline": "%s", "owner": "sec-po", "situation": "%s"}"""
                .formatted(deadline, s));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        assertThat(overdueWatch.check(deadline.minusSeconds(1))).as("not yet due").isZero();
        assertThat(overdueWatch.check(deadline.plusSeconds(60))).isEqualTo(1);
        assertThat(overdueWatch.check(deadline.plusSeconds(120))).as("raised once, not once per poll").isZero();

        var alerts = api().get("/api/alerts?situation=" + s).json();
        assertThat(alerts).hasSize(1);
        var alert = alerts.get(0);
        assertThat(alert.path("kind").asString()).isEqualTo("source_protection_overdue");
        assertThat(alert.path("severity").asString()).isEqualTo("critical");
        assertThat(alert.path("addressees").toString()).contains("sec-po", "hd-po");
        assertThat(alert.toString()).contains(pseudonymOf(id)).doesNotContain("Habimana", "Kigali", "Jean-Baptiste");
    }
}
