package org.tocsin.escalation;

import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.DirectoryService;
import org.tocsin.access.Outcome;
import org.tocsin.common.Transactions;
import org.tocsin.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base for escalation's integration tests: a situation of its own per test with a small deciding
 * body (one member represents an implicated actor), people with addresses, positions, and an explicit
 * three-level policy (analyst → head of mission → the council and an under-secretary). Times are
 * passed explicitly and lie far in the future, so the background worker (on the real clock) never
 * touches a test's deadlines; a test fires them with {@code worker.runDue(instant)}.
 */
abstract class EscalationIntegrationTest extends IntegrationTest {

    static final Duration ACK = Duration.ofHours(2);
    static final Duration DECIDE = Duration.ofHours(24);
    static final Duration RENOTIFY = Duration.ofHours(1);

    @Autowired AlertService alerts;
    @Autowired RequestService requests;
    @Autowired BriefingService briefings;
    @Autowired DisclosureService disclosures;
    @Autowired EscalationWorker worker;
    @Autowired DirectoryService directory;
    @Autowired Transactions transactions;

    /** One test's world. */
    record World(String situation, String council, String analyst, String head, String usg, String originator,
                 String envoy, String outsider, Instant t0) {
        String member(String m) { return council + ":" + m; }
    }

    private static long epoch = 0;

    /** A fresh world; each gets its own far-future start time so tests never share due deadlines. */
    World world(String prefix) {
        String s = uniqueSituation(prefix);
        String council = "council-" + s;
        var r = api().post("/api/situations", """
                {"id": "%s", "name": "Escalation test %s", "country": "RW",
                 "mandate": {"chapter": "VI", "mandating_body": "%s", "use_of_force": "self-defence only",
                             "permitted_actions": ["monitor the ceasefire"]},
                 "mandate_changes": [{"date": "2300-06-01", "by": "S/RES/9999", "chapter": "VII", "summary": "enforcement"}],
                 "bodies": [{"id": "%s", "name": "Council", "members": [
                     {"id": "AA", "name": "Aland"}, {"id": "BB", "name": "Bland"},
                     {"id": "GV", "name": "Governia", "represents": "government"}]}],
                 "actors": [{"id": "government"}, {"id": "party", "part_of": "government"}, {"id": "militia", "part_of": "party"}]}
                """.formatted(s, s, council, council));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        World w = new World(s, council, "analyst-" + s, "head-" + s, "usg-" + s, "originator-" + s, "envoy-" + s,
                "outsider-" + s, Instant.parse("2100-01-01T00:00:00Z").plus(Duration.ofDays(400 * ++epoch)));
        for (String p : List.of(w.analyst(), w.head(), w.usg(), w.originator(), w.envoy(), w.outsider())) person(p, null);
        assign(w, "head-of-mission", w.head());
        var policy = as(w.head()).put("/api/situations/" + s + "/escalation-policy", """
                {"levels": [
                  {"name": "analyst", "recipients": ["person:%s"], "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"},
                  {"name": "head of mission", "recipients": ["position:head-of-mission"], "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"},
                  {"name": "council and under-secretary", "recipients": ["group:%s", "person:%s"], "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"}]}
                """.formatted(w.analyst(), council, w.usg()));
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        return w;
    }

    void person(String id, String represents) {
        var r = api().post("/api/people", """
                {"id": "%s", "name": "Person %s", "email": "%s@example.org"%s}
                """.formatted(id, id, id, represents == null ? "" : ", \"represents\": \"" + represents + "\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void assign(World w, String position, String person) {
        var r = api().post("/api/situations/" + w.situation() + "/positions", """
                {"position": "%s", "person": "%s", "from": "2000-01-01"}""".formatted(position, person));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** An alert raised by a person (its originator), at {@code at}. */
    Alert raise(World w, Instant at) {
        var in = new AlertInput.NewAlert(w.situation(), Severity.HIGH, List.of(), "Militia cells are being armed", null, null);
        return done(alerts.raise(in, w.originator(), at));
    }

    static <T> T done(Outcome<T> o) {
        assertThat(o).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) o).value();
    }

    /** Runs the worker until nothing more is due at {@code now} (earlier tests leave due deadlines of their own). */
    int fireDue(Instant now) { return fireDue(worker, now); }

    static int fireDue(EscalationWorker w, Instant now) {
        int total = 0;
        for (int n; (n = w.runDue(now)) > 0; ) total += n;
        return total;
    }

    Alert alert(long id) { return alerts.view(id).orElseThrow().alert(); }

    List<EscalationEvent> history(Alert a) { return alerts.view(a.id()).orElseThrow().history(); }

    List<String> types(Alert a) { return history(a).stream().map(EscalationEvent::type).toList(); }

    List<Map<String, Object>> outbox(String recipient) {
        return jdbc.queryForList("select * from notification_outbox where recipient = ? order by id", recipient);
    }
}
