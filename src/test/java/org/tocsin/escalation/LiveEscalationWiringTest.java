package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Live intake and fusion feed escalation: level rises, critical flags and refusals on mandate grounds raise alerts. */
class LiveEscalationWiringTest extends IntegrationTest {

    /** A live copy of the Rwanda situation file (mandate, Council, actors) under a new id, watch still open. */
    private String liveSituation() throws Exception {
        String id = uniqueSituation("live");
        ObjectNode file;
        try (InputStream in = getClass().getResourceAsStream("/demo/rwanda-1993-1994.situation.json")) {
            file = (ObjectNode) Api.JSON.readTree(in);
        }
        file.put("situation", id);
        file.remove("watch");
        var r = api().post("/api/situations", file.toString());
        assertThat(r.status()).isEqualTo(201);
        return id;
    }

    private static ObjectNode signal(String situation, String id, String source, String summary, String... indicators) {
        ObjectNode n = Api.JSON.createObjectNode();
        n.put("situation", situation).put("id", id).put("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
                .put("kind", "field_report").put("source", source).put("source_id", source).put("source_type", "un_field")
                .put("reliability", "A").put("credibility", "1").put("location", "Kigali, Rwanda").put("summary", summary);
        var codes = n.putArray("indicators");
        for (String c : indicators) codes.add(c);
        return n;
    }

    private List<JsonNode> alerts(String situation) {
        List<JsonNode> out = new ArrayList<>();
        api().get("/api/alerts?situation=" + situation).json().forEach(out::add);
        return out;
    }

    @Test
    void aRiseOfTheLevelFromLiveSignalsRaisesAnAlert() throws Exception {
        String s = liveSituation();
        String[] sources = {"unamir-command", "belgium-embassy", "church-network", "ngo-monitor"};
        for (int i = 0; i < sources.length; i++) {
            assertThat(api().post("/api/signals", signal(s, "l-" + i, sources[i],
                    "Militia trained and armed; lists of names drawn up; arms distributed to civilians",
                    "RF07.04", "RF07.05", "RF10.01", "RF12.01").toString()).status()).isEqualTo(201);
        }
        var raised = alerts(s).stream().filter(a -> a.path("kind").asString().equals("level_change")).toList();
        assertThat(raised).isNotEmpty();
        assertThat(jdbc.queryForObject("select level from situation_risk where situation_id = ?", String.class, s)).isNotEqualTo("NORMAL");
    }

    @Test
    void aSignalFlaggedCriticalRaisesACriticalAlert() throws Exception {
        String s = liveSituation();
        ObjectNode n = signal(s, "c-1", "field-monitor", "Roadblocks going up across the city; killings reported");
        n.put("critical", true);
        assertThat(api().post("/api/signals", n.toString()).status()).isEqualTo(201);
        assertThat(alerts(s)).anySatisfy(a -> {
            assertThat(a.path("kind").asString()).isEqualTo("critical_signal");
            assertThat(a.path("severity").asString()).isEqualToIgnoringCase("critical");
        });
    }

    @Test
    void aRefusalOnMandateGroundsOfALiveRequestOpensAMandateGapForTheWholeCouncil() throws Exception {
        String s = liveSituation();
        ObjectNode request = signal(s, "r-1", "unamir-command", "Request to raid the arms caches within 36 hours");
        request.put("action", "raid the arms caches within 36 hours").put("requested_by", "Force Commander");
        request.putArray("implicates").add("interahamwe");
        assertThat(api().post("/api/signals", request.toString()).status()).isEqualTo(201);
        ObjectNode refusal = signal(s, "r-2", "un-dpko", "The raid is beyond the mandate of the mission");
        refusal.put("kind", "decision").put("responds_to", "r-1").put("outcome", "refused").put("ground", "outside_mandate")
                .put("marking", "NO DISTRIBUTION");
        assertThat(api().post("/api/signals", refusal.toString()).status()).isEqualTo(201);

        var gap = alerts(s).stream().filter(a -> a.path("kind").asString().equals("mandate_gap")).findFirst().orElseThrow();
        assertThat(gap.path("evidence").toString()).contains("r-1").contains("r-2");
        List<String> held = jdbc.queryForList("select recipient from delivery where subject = ? and status = 'held'",
                String.class, "alert:" + gap.path("id").asLong());
        assertThat(held).containsExactly("un-security-council:RW");
    }
}
