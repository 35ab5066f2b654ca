package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.tocsin.decision.DeterminationApiTestBodies;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import org.tocsin.web.SignalApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A determination falling due in a live situation is an alert until a determination is recorded. */
class DeterminationDueEscalationTest extends IntegrationTest {

    private List<JsonNode> alerts(String situation, String kind) {
        List<JsonNode> out = new ArrayList<>();
        api().get("/api/alerts?situation=" + situation).json().forEach(a -> {
            if (a.path("kind").asString().equals(kind)) out.add(a);
        });
        return out;
    }

    @Test
    void aDueDeterminationRaisesAnAlertThatOnlyARecordedDeterminationCloses() throws Exception {
        String s = uniqueSituation("due-live");
        createLiveSituation(s);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // the January 1994 warnings, as if they arrived today
        for (String id : List.of("rw-009", "rw-011", "rw-015", "rw-016", "rw-017")) {
            ObjectNode n = (ObjectNode) Api.JSON.readTree(SignalApiTest.caseLine(id, s));
            n.put("date", today).put("date_precision", "day");
            assertThat(api().post("/api/signals", n.toString()).status()).isEqualTo(201);
        }

        List<JsonNode> raised = alerts(s, "determination_due");
        assertThat(raised).isNotEmpty();
        JsonNode risk = raised.stream().filter(a -> a.path("explanation").asString().contains("SERIOUS_RISK_OF_GENOCIDE"))
                .findFirst().orElseThrow();
        assertThat(risk.path("severity").asString()).isEqualToIgnoringCase("critical");
        assertThat(risk.path("state").toString()).doesNotContain("closed");

        var recorded = as(DeterminationApiTestBodies.AUTHOR).post("/api/situations/" + s + "/determinations",
                DeterminationApiTestBodies.SERIOUS_RISK_ESTABLISHED);
        assertThat(recorded.status()).isEqualTo(201);

        JsonNode after = api().get("/api/alerts/" + risk.path("id").asLong()).json();
        assertThat(after.toString()).contains("determination_recorded");
        assertThat(alerts(s, "determination_due").stream().filter(a -> a.path("id").asLong() == risk.path("id").asLong())
                .findFirst().orElseThrow().path("state").toString()).containsIgnoringCase("closed");
    }

    private void createLiveSituation(String id) {
        var r = api().post("/api/situations", """
                {"id": "%s", "name": "Live determinations %s", "country": "RW"}""".formatted(id, id));
        assertThat(r.status()).isEqualTo(201);
    }
}
