package org.tocsin.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.Role;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The determination lifecycle on the real store and over HTTP: the January 1994 warnings make a
 * serious-risk determination due; recording it closes the item, opens the duty to prevent and is
 * journaled; obligations move only with a rationale; bad input is refused naming the field.
 */
class DeterminationApiTest extends IntegrationTest {

    @Autowired
    DeterminationService determinations;

    @Autowired
    DueItems dueItems;

    /** Who records {@link #SERIOUS_RISK_ESTABLISHED}: the author is the person calling, never a field of the body. */
    static final String AUTHOR = "jmac-analyst";

    static final String SERIOUS_RISK_ESTABLISHED = """
            {"type": "SERIOUS_RISK_OF_GENOCIDE", "co_signers": ["force-commander"],
             "dissents": [{"person": "political-adviser", "text": "The informant is unproven; I would wait for the arms caches."}],
             "note": "Officers, an informant and a bishop independently describe lists, militias and arms.",
             "elements": [
               {"element": "GEN-G1", "status": "established", "reasoning": "Tutsi: an ethnic group recorded on identity cards", "evidence": ["rw-016"]},
               {"element": "GEN-G2", "status": "established", "reasoning": "lists of Tutsi in Kigali are being drawn up", "evidence": ["rw-016", "rw-017"]},
               {"element": "GEN-A(a)", "status": "established", "reasoning": "the informant speaks of 1,000 killings in 20 minutes", "evidence": ["rw-017"]},
               {"element": "GEN-I", "status": "established", "reasoning": "a plan to exterminate, militias trained and armed",
                "inference_rules": ["INF-6", "INF-9"],
                "evidence": ["rw-009", {"signal": "rw-016", "bearing": "supports", "note": "lists and training"}, "rw-011"]},
               {"element": "GEN-P", "status": "established", "reasoning": "the Tutsi of Kigali first, then the country", "inference_rules": ["SP-3"]}
             ]}
            """;

    String situationUntil(String watchTo) {
        String s = uniqueSituation("determination");
        var r = api().post("/api/situations", """
                {"id": "%s", "name": "Determinations %s", "country": "RW", "watch_from": "1993-10-01", "watch_to": "%s"}
                """.formatted(s, s, watchTo));
        assertThat(r.status()).isEqualTo(201);
        return s;
    }

    void post(String situation, String... ids) throws Exception {
        for (String id : ids) assertThat(api().post("/api/signals", caseLine(id, situation)).status()).isEqualTo(201);
    }

    /** January 1994: the officers' letter, the bishop on arms, the Interahamwe demonstration, the informant, the cable. */
    String january1994() throws Exception {
        String s = situationUntil("1994-01-11");
        post(s, "rw-009", "rw-011", "rw-015", "rw-016", "rw-017");
        return s;
    }

    List<String> journal(String situation) {
        return jdbc.queryForList("select type from journal where situation = ? order by seq", String.class, situation);
    }

    JsonNode due(String situation, String type) {
        for (JsonNode d : api().get("/api/situations/" + situation + "/determinations/due").json()) {
            if (d.path("type").asString().equals(type)) return d;
        }
        throw new AssertionError("no " + type + " item for " + situation);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.path(field).asString()));
        return out;
    }

    @Test
    void theJanuary1994WarningsMakeASeriousRiskOfGenocideDeterminationDue() throws Exception {
        String s = january1994();

        JsonNode item = due(s, "SERIOUS_RISK_OF_GENOCIDE");

        assertThat(item.path("status").asString()).isEqualTo("open");
        assertThat(item.path("as_of").asString()).isEqualTo("1994-01-11");
        assertThat(texts(item.path("evidence"), "signal")).contains("rw-009", "rw-016");
        assertThat(texts(item.path("prefill").path("elements"), "target")).contains("GEN-I", "GEN-P");
        assertThat(texts(item.path("prefill").path("elements"), "status")).containsOnly("unaddressed");
        assertThat(texts(item.path("prefill").path("left_for_analyst"), null)).contains("GEN-G1", "GEN-G2");
        assertThat(Duration.between(Instant.parse(item.path("opened_at").asString()), Instant.parse(item.path("deadline").asString())))
                .isEqualTo(Duration.ofHours(72));
        assertThat(journal(s)).contains(DeterminationEvents.DUE_OPENED);
    }

    @Test
    void recordingTheSeriousRiskClosesTheItemOpensTheDutyToPreventAndIsJournaled() throws Exception {
        String s = january1994();
        long itemId = due(s, "SERIOUS_RISK_OF_GENOCIDE").path("id").asLong();

        var r = as(AUTHOR).post("/api/situations/" + s + "/determinations", SERIOUS_RISK_ESTABLISHED);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/situations/" + s + "/determinations/" + r.json().path("id").asLong());
        JsonNode d = r.json();
        assertThat(d.path("conclusion").asString()).isEqualTo("established");
        assertThat(d.path("conclusion_label").asString())
                .isEqualTo("Established at Serious risk (SOP-RISK): there is a serious risk that genocide will be committed.");
        assertThat(d.path("closed_due").get(0).asLong()).isEqualTo(itemId);
        assertThat(texts(d.path("obligations_opened"), "obligation")).contains("OBL-GC-PREVENT", "OPT-GC-VIII");
        JsonNode closed = due(s, "SERIOUS_RISK_OF_GENOCIDE");
        assertThat(closed.path("status").asString()).isEqualTo("closed");
        assertThat(closed.path("closed_by").asLong()).isEqualTo(d.path("id").asLong());
        JsonNode prevent = api().get("/api/situations/" + s + "/obligations").json().get(0);
        assertThat(prevent.path("obligation").asString()).isEqualTo("OBL-GC-PREVENT");
        assertThat(prevent.path("owner").asString()).isEqualTo("headquarters-desk");
        assertThat(prevent.path("status").asString()).isEqualTo("open");
        assertThat(journal(s)).contains(DeterminationEvents.DETERMINATION_RECORDED, DeterminationEvents.DUE_CLOSED,
                DeterminationEvents.OBLIGATION_OPENED);
        assertThat(jdbc.queryForObject("select actor from journal where subject = ? and type = ?", String.class,
                "determination:" + d.path("id").asLong(), DeterminationEvents.DETERMINATION_RECORDED)).isEqualTo(AUTHOR);
    }

    @Test
    void aGenocideDeterminationAfterTheSeriousRiskRestsOnTheDutyToPreventAlreadyTrackedAndOpensTheDutyToPunish() throws Exception {
        String s = january1994();
        long risk = as(AUTHOR).post("/api/situations/" + s + "/determinations", SERIOUS_RISK_ESTABLISHED).json().path("id").asLong();
        String genocide = SERIOUS_RISK_ESTABLISHED.replace("\"type\": \"SERIOUS_RISK_OF_GENOCIDE\"", "\"type\": \"GENOCIDE\"")
                .replace("\"co_signers\": [\"force-commander\"],", "\"co_signers\": [\"force-commander\"], \"standard\": \"SOP-RGB\",");

        var r = as(AUTHOR).post("/api/situations/" + s + "/determinations", genocide);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("conclusion_label").asString()).startsWith("Established at Reasonable grounds to believe (SOP-RGB): genocide");
        long id = r.json().path("id").asLong();
        assertThat(texts(r.json().path("obligations_opened"), "obligation")).contains("OBL-GC-PREVENT", "OBL-GC-PUNISH", "OPT-GC-IX");
        List<String> prevent = new ArrayList<>();
        for (JsonNode o : api().get("/api/situations/" + s + "/obligations").json()) {
            if (o.path("obligation").asString().equals("OBL-GC-PREVENT")) prevent.add(o.path("determinations").toString());
        }
        assertThat(prevent).containsExactly("[" + risk + "," + id + "]");
    }

    @Test
    void theGridShowsEveryElementWithTheEvidenceBehindEachCell() throws Exception {
        String s = january1994();
        long id = as(AUTHOR).post("/api/situations/" + s + "/determinations", SERIOUS_RISK_ESTABLISHED).json().path("id").asLong();

        JsonNode grid = api().get("/api/situations/" + s + "/determinations/" + id).json();

        assertThat(texts(grid.path("elements"), "element")).containsExactly("GEN-G1", "GEN-G2", "GEN-A(a)", "GEN-A(b)", "GEN-A(c)",
                "GEN-A(d)", "GEN-A(e)", "GEN-I", "GEN-P", "GEN-C");
        JsonNode intent = grid.path("elements").get(7);
        assertThat(intent.path("status").asString()).isEqualTo("established");
        assertThat(intent.path("standard").asString()).isEqualTo("SOP-RISK");
        assertThat(texts(intent.path("inference_rules"), "id")).containsExactly("INF-6", "INF-9");
        JsonNode lists = intent.path("evidence").get(1);
        assertThat(lists.path("signal").asString()).isEqualTo("rw-016");
        assertThat(lists.path("note").asString()).isEqualTo("lists and training");
        assertThat(lists.path("summary").asString()).isNotBlank();
        assertThat(lists.path("source_id").asString()).isEqualTo("informant-jean-pierre");
        assertThat(grid.path("elements").get(3).path("status").asString()).isEqualTo("unaddressed");
        assertThat(grid.path("conclusion_basis").path("conjuncts").path("GEN-A").asString()).isEqualTo("established");
        assertThat(grid.path("dissents").get(0).path("person").asString()).isEqualTo("political-adviser");
        assertThat(api().get("/api/situations/" + s + "/determinations").json().get(0).path("conclusion").asString()).isEqualTo("established");
    }

    @Test
    void progressOnAnObligationNeedsARationaleAndAClosedOneMustBeReopenedFirst() throws Exception {
        String s = january1994();
        as(AUTHOR).post("/api/situations/" + s + "/determinations", SERIOUS_RISK_ESTABLISHED);
        long oid = api().get("/api/situations/" + s + "/obligations").json().get(0).path("id").asLong();
        String path = "/api/situations/" + s + "/obligations/" + oid + "/progress";

        // desk-officer is also a demo account, holding its role in the demo situation only: give it its role here
        var deskOfficer = as("desk-officer", s, Role.DESK_OFFICER);
        var started = deskOfficer.post(path, """
                {"status": "in_progress", "rationale": "Council members briefed; raid on arms caches proposed"}""");
        var done = deskOfficer.post(path, """
                {"status": "discharged", "rationale": "deterrent measures in place", "owner": "under-secretary"}""");
        var again = deskOfficer.post(path, """
                {"status": "discharged", "rationale": "again"}""");
        var noReason = deskOfficer.post(path, "{\"status\": \"in_progress\"}");

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().path("status").asString()).isEqualTo("in_progress");
        assertThat(done.json().path("owner").asString()).isEqualTo("under-secretary");
        assertThat(done.json().path("history").get(1).path("rationale").asString()).isEqualTo("deterrent measures in place");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("status");
        assertThat(again.json().path("detail").asString()).contains("is discharged");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("rationale");
        assertThat(journal(s).stream().filter(DeterminationEvents.OBLIGATION_UPDATED::equals)).hasSize(2);
    }

    @Test
    void dueItemsAreOpenedFromASyntheticAssessmentAndOverdueOnesAreListedForEscalation() {
        String s = situationUntil("1994-07-31");
        var assessment = Reports.reportsIn(s).report("k1", "parish", "B2", 0, "RF10.02").report("k2", "observers", "A1", 1, "RF10.02")
                .assessed();

        List<DeterminationDue> opened = determinations.open(s, assessment, "system");
        List<DeterminationDue> again = determinations.open(s, assessment, "system");

        assertThat(opened).extracting(DeterminationDue::type).containsExactly("GENOCIDE");
        assertThat(again).isEmpty();
        DeterminationDue item = opened.getFirst();
        assertThat(dueItems.overdue(item.openedAt().plus(Duration.ofHours(71)))).extracting(DeterminationDue::id).doesNotContain(item.id());
        assertThat(dueItems.overdue(item.openedAt().plus(Duration.ofHours(73)))).extracting(DeterminationDue::id).contains(item.id());
    }

    @Test
    void anIndeterminateGenocideDeterminationClosesItsItemOpensNoObligationAndAsksForCrimesAgainstHumanity() {
        String s = situationUntil("1994-07-31");
        determinations.open(s, Reports.reportsIn(s).report("k1", "parish", "B2", 0, "RF10.02")
                .report("k2", "observers", "A1", 1, "RF10.02").assessed(), "system");
        assertThat(due(s, "GENOCIDE").path("status").asString()).isEqualTo("open");

        var r = as("coi-member").post("/api/situations/" + s + "/determinations", """
                {"type": "GENOCIDE", "note": "acts of genocide may have occurred",
                 "elements": [{"element": "GEN-A(a)", "status": "established", "reasoning": "massacres at two parishes"}]}""");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("conclusion").asString()).isEqualTo("indeterminate");
        assertThat(r.json().path("conclusion_label").asString()).contains("Unaddressed: GEN-G1, GEN-G2, GEN-I, GEN-P");
        assertThat(r.json().path("note_warnings").get(0).asString()).contains("acts of genocide");
        assertThat(r.json().path("obligations_opened")).isEmpty();
        assertThat(due(s, "GENOCIDE").path("status").asString()).isEqualTo("closed");
        JsonNode fallback = r.json().path("fallback_due");
        assertThat(fallback.path("type").asString()).isEqualTo("CRIMES_AGAINST_HUMANITY");
        assertThat(fallback.path("reason").asString()).contains("CAH-h", "CAH-b");
        assertThat(due(s, "CRIMES_AGAINST_HUMANITY").path("status").asString()).isEqualTo("open");
    }

    @Test
    void aNewVersionSupersedesADeterminationOnceAndTheStoreRefusesToEditOne() throws Exception {
        String s = january1994();
        long first = as(AUTHOR).post("/api/situations/" + s + "/determinations", SERIOUS_RISK_ESTABLISHED).json().path("id").asLong();
        String second = SERIOUS_RISK_ESTABLISHED.replace("\"type\": \"SERIOUS_RISK_OF_GENOCIDE\",",
                "\"type\": \"SERIOUS_RISK_OF_GENOCIDE\", \"supersedes\": " + first + ", \"supersession_reason\": \"the arms flight of 21 January\",");

        var v2 = as(AUTHOR).post("/api/situations/" + s + "/determinations", second);
        var twice = as(AUTHOR).post("/api/situations/" + s + "/determinations", second);

        assertThat(v2.status()).isEqualTo(201);
        assertThat(v2.json().path("version").asInt()).isEqualTo(2);
        assertThat(api().get("/api/situations/" + s + "/determinations/" + first).json().path("superseded_by").asLong())
                .isEqualTo(v2.json().path("id").asLong());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("supersedes");
        assertThatThrownBy(() -> jdbc.update("update determination set author = 'someone-else' where id = ?", first))
                .hasMessageContaining("never changed");
    }

    @Test
    void refusesBadDeterminationsNamingTheField() throws Exception {
        String s = january1994();
        String path = "/api/situations/" + s + "/determinations";
        var judge = as("judge");
        String intentBeyondDoubt = """
                {"type": "GENOCIDE", "elements": [{"element": "GEN-I", "status": "established",
                 "standard": "SOP-BRD", "reasoning": "the plan", "evidence": ["rw-016"]}]}""";

        assertThat(judge.post(path, "{\"type\": \"GENOCIDE\", \"conclusion\": \"not_established\"}").errorFields())
                .containsExactly("conclusion");
        var refusal = judge.post(path, intentBeyondDoubt);
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.errorFields()).containsExactly("alternatives");
        assertThat(refusal.header("Content-Type")).startsWith("application/problem+json");
        assertThat(judge.post(path, """
                {"type": "GENOCIDE", "elements": [{"element": "GEN-A(a)", "status": "established",
                 "reasoning": "x", "evidence": ["rw-999"]}]}""").errorFields()).containsExactly("elements[0].evidence[0]");
        assertThat(as(AUTHOR).post("/api/situations/nowhere/determinations", SERIOUS_RISK_ESTABLISHED).status()).isEqualTo(404);
        assertThat(api().get(path + "/999999999").errorFields()).containsExactly("determination");
        assertThat(judge.post(path, "not json").status()).isEqualTo(400);
        assertThat(api().get("/api/situations/" + s + "/determinations").json()).isEmpty();
    }

    @Test
    void theAuthorIsThePersonCallingAndABodyNamingSomeoneElseIsRefused() throws Exception {
        String s = january1994();
        String path = "/api/situations/" + s + "/determinations";

        var otherAuthor = as("judge").post(path, """
                {"type": "GENOCIDE", "author": "someone-else", "elements": [{"element": "GEN-A(a)", "status": "established",
                 "reasoning": "massacres at two parishes"}]}""");
        assertThat(otherAuthor.status()).as("a body naming another author is refused, never silently replaced").isEqualTo(422);
        assertThat(otherAuthor.errorFields()).containsExactly("author");
        assertThat(api().get(path).json()).isEmpty();

        var sameAuthor = as("judge").post(path, """
                {"type": "GENOCIDE", "author": "judge", "elements": [{"element": "GEN-A(a)", "status": "established",
                 "reasoning": "massacres at two parishes"}]}""");
        assertThat(sameAuthor.status()).isEqualTo(201);
        assertThat(sameAuthor.json().path("author").asString()).isEqualTo("judge");
        assertThat(anonymous().post(path, SERIOUS_RISK_ESTABLISHED).status()).isEqualTo(401);
    }

    @Test
    void theDeterminationTypesGiveTheElementTablesWithTheirProvenance() {
        JsonNode types = api().get("/api/determination-types").json();

        assertThat(types.path("default_standard").asString()).isEqualTo("SOP-RGB");
        JsonNode genocide = null;
        for (JsonNode t : types.path("types")) if (t.path("id").asString().equals("GENOCIDE")) genocide = t;
        assertThat(genocide).isNotNull();
        assertThat(texts(genocide.path("groups").get(0).path("members"), null)).hasSize(5);
        JsonNode conditions = genocide.path("elements").get(4);
        assertThat(conditions.path("element").asString()).isEqualTo("GEN-A(c)");
        assertThat(conditions.path("requirement").asString()).isEqualTo("one_of");
        assertThat(conditions.path("to_confirm").asBoolean()).isTrue();
        assertThat(texts(types.path("inference_rules"), "id")).contains("INF-6", "INF-9", "INF-X");
        assertThat(texts(types.path("obligations"), "id")).contains("OBL-GC-PREVENT", "OPT-GC-VIII");
    }

    @Test
    void theDemoSituationAsOfTheEndOfItsWatchHasASeriousRiskDeterminationDue() {
        JsonNode item = due("rwanda-1993-1994", "SERIOUS_RISK_OF_GENOCIDE");

        assertThat(item.path("as_of").asString()).isEqualTo("1994-07-31");
        assertThat(item.path("rule").asString()).startsWith("serious-risk");
    }

    static String caseLine(String id, String situation) throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                DeterminationApiTest.class.getResourceAsStream("/demo/rwanda-1993-1994.jsonl"), StandardCharsets.UTF_8))) {
            String line = reader.lines().filter(l -> l.contains("\"id\": \"" + id + "\"")).findFirst().orElseThrow();
            ObjectNode node = (ObjectNode) Api.JSON.readTree(line);
            node.put("situation", situation);
            return node.toString();
        }
    }
}
