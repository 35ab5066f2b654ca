package org.tocsin.cli;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.Role;
import org.tocsin.audit.JournalSigner;
import org.tocsin.decision.DeterminationApiTestBodies;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import org.tocsin.web.SignalApiTest;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The who-knew report shows, per actor, when it learned of the serious risk" (issue 7), end to end: the
 * January 1994 warnings arrive today, a serious-risk determination falls due and its alert reaches the
 * analyst on duty (a prompt); the determination is then recorded, established, by its author with a
 * co-signer and a dissenter (a finding). The API's report and {@code tocsin journal who-knew} both say who
 * learned when, and how, citing the journal.
 */
class WhoKnewSeriousRiskTest extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JournalSigner signer;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TocsinCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] onTheTestStore(String... args) {
        Path privateKey = signer.publicKeyFile().resolveSibling("journal-signing-key.pem");
        return Stream.concat(Stream.of(args), Stream.of("--tocsin.db.url=" + dataSource.getJdbcUrl(), "--tocsin.db.user=postgres",
                "--tocsin.journal.signing-key-file=" + privateKey, "--tocsin.data.dir=" + dir.resolve("unused"),
                "--tocsin.journal.checkpoint-minutes=0")).toArray(String[]::new);
    }

    /** A live situation whose policy sends alerts to one analyst; the January 1994 warnings arrive today. Returns the analyst. */
    private String warnedToday(String s) throws Exception {
        String analyst = "analyst-" + s;
        assertThat(api().post("/api/situations", """
                {"id": "%s", "name": "Who knew %s", "country": "RW"}""".formatted(s, s)).status()).isEqualTo(201);
        var person = api().post("/api/people", """
                {"id": "%s", "name": "Analyst on duty", "email": "%s@example.org"}""".formatted(analyst, analyst));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        var policy = api().put("/api/situations/" + s + "/escalation-policy", """
                {"levels": [{"name": "analyst", "recipients": ["person:%s"], "acknowledge_within": "PT2H",
                  "decide_within": "PT24H", "renotify_every": "PT1H"}]}""".formatted(analyst));
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (String id : List.of("rw-009", "rw-011", "rw-015", "rw-016", "rw-017")) {
            ObjectNode n = (ObjectNode) Api.JSON.readTree(SignalApiTest.caseLine(id, s));
            n.put("date", today).put("date_precision", "day");
            assertThat(api().post("/api/signals", n.toString()).status()).isEqualTo(201);
        }
        return analyst;
    }

    /** The serious-risk determination, recorded by its author (the person calling), an analyst of the situation. */
    private Api.Response recordSeriousRisk(String s) {
        return as(DeterminationApiTestBodies.AUTHOR, s, Role.ANALYST).post("/api/situations/" + s + "/determinations",
                DeterminationApiTestBodies.SERIOUS_RISK_ESTABLISHED);
    }

    private static JsonNode actor(JsonNode report, String actor) {
        for (JsonNode a : report.path("actors")) if (a.path("actor").asString().equals(actor)) return a;
        throw new AssertionError(actor + " is not in the report");
    }

    @Test
    void theReportSaysWhenEachActorLearnedOfTheSeriousRiskAndWhetherFromAPromptOrAFinding() throws Exception {
        String s = uniqueSituation("who-knew-risk");
        String analyst = warnedToday(s);
        JsonNode before = api().get("/api/situations/" + s + "/knowledge").json();
        assertThat(actor(before, analyst).path("serious_risk").path("basis").asString()).isEqualTo("prompt");
        assertThat(actor(before, analyst).path("serious_risk").path("finding").isNull()).isTrue();

        var recorded = recordSeriousRisk(s);
        assertThat(recorded.status()).isEqualTo(201);
        long id = recorded.json().path("id").asLong();
        JsonNode report = api().get("/api/situations/" + s + "/knowledge").json();

        // the analyst learned of it first, when the alert of the due determination was delivered
        JsonNode prompted = actor(report, analyst).path("serious_risk");
        assertThat(prompted.path("basis").asString()).isEqualTo("prompt");
        assertThat(prompted.path("type").asString()).isEqualTo("alert.delivered");
        assertThat(prompted.path("subject").asString()).startsWith("alert:");
        assertThat(prompted.path("stage").asString()).isEqualTo("received");
        assertThat(prompted.path("seq").asLong()).isPositive();
        // the author, the co-signer and the dissenter learned the finding when it was made
        for (String signatory : List.of("jmac-analyst", "force-commander", "political-adviser")) {
            JsonNode r = actor(report, signatory).path("serious_risk");
            assertThat(r.path("basis").asString()).as(signatory).isEqualTo("finding");
            assertThat(r.path("subject").asString()).as(signatory).isEqualTo("determination:" + id);
            assertThat(r.path("finding").path("type").asString()).as(signatory).isEqualTo("determination.recorded");
        }
        // the summary, the earliest first; Tocsin's own steps are no one's learning
        List<String> order = new ArrayList<>();
        report.path("serious_risk").forEach(x -> order.add(x.path("actor").asString()));
        assertThat(order).startsWith(analyst).contains("jmac-analyst", "force-commander", "political-adviser")
                .noneMatch(a -> a.startsWith("system"));
    }

    @Test
    void whoKnewOnTheCommandLineListsWhenEachLearnedOfTheSeriousRisk() throws Exception {
        String s = uniqueSituation("who-knew-cli");
        String analyst = warnedToday(s);
        long id = recordSeriousRisk(s)
                .json().path("id").asLong();

        Run r = run(onTheTestStore("journal", "who-knew", "--situation", s));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("When each learned of the serious risk of genocide");
        List<String> summary = r.out().lines().dropWhile(l -> !l.startsWith("When each learned")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertThat(summary.getFirst()).contains(analyst).contains("prompt").contains("received alert.delivered alert:")
                .containsPattern("#\\d+$");
        assertThat(summary).anySatisfy(l -> assertThat(l).contains("force-commander").contains("finding")
                .contains("acted determination.recorded determination:" + id));
        // and under each actor
        assertThat(r.out()).contains("  learned of the serious risk of genocide: ");
    }
}
