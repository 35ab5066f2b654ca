package org.tocsin.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class SignalApiTest extends IntegrationTest {

    private String situation;

    @BeforeEach
    void situation() {
        situation = uniqueSituation("api");
        createSituation(situation);
    }

    /** A line of the demo case file with a situation field added: the API takes it as it is. */
    public static String caseLine(String id, String situation) throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                SignalApiTest.class.getResourceAsStream("/demo/rwanda-1993-1994.jsonl"), StandardCharsets.UTF_8))) {
            String line = reader.lines().filter(l -> l.contains("\"id\": \"" + id + "\"")).findFirst().orElseThrow();
            ObjectNode node = (ObjectNode) Api.JSON.readTree(line);
            node.put("situation", situation);
            return node.toString();
        }
    }

    @Test
    void acceptsACaseFileLineWithASituationAddedAndAnswersWithItsLocation() throws Exception {
        var r = api().post("/api/signals", caseLine("rw-017", situation));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).startsWith("/api/signals/");
        var stored = api().get(r.header("Location"));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().path("id").asString()).isEqualTo("rw-017");
        assertThat(stored.json().path("action").asString()).startsWith("authorise raids");
        assertThat(stored.json().path("relays").get(0).asString()).isEqualTo("rw-016");
        assertThat(stored.json().path("recorded_at").asString()).isNotBlank();
        assertThat(stored.json().path("reliability").asString()).isEqualTo("B");
    }

    @Test
    void theSameSignalTwiceIsStoredOnceAndAnsweredWith200() throws Exception {
        String body = caseLine("rw-016", situation);
        var first = api().post("/api/signals", body);
        var second = api().post("/api/signals", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(signalCount(situation)).isEqualTo(1);
    }

    @Test
    void aDifferentSignalUnderAnExistingIdIsAConflictAndChangesNothing() throws Exception {
        api().post("/api/signals", caseLine("rw-016", situation));
        ObjectNode changed = (ObjectNode) Api.JSON.readTree(caseLine("rw-016", situation));
        changed.put("summary", "A different account");

        var r = api().post("/api/signals", changed.toString());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorFields()).containsExactly("id");
        assertThat(api().get("/api/signals?situation=" + situation).json().path("items").get(0).path("summary").asString())
                .doesNotContain("A different account");
    }

    @Test
    void listsSignalsBySituationDateIndicatorAndKindWithPaging() throws Exception {
        for (String id : List.of("rw-009", "rw-011", "rw-016", "rw-017", "rw-018")) {
            assertThat(api().post("/api/signals", caseLine(id, situation)).status()).isEqualTo(201);
        }
        Api api = api();
        assertThat(api.get("/api/signals?situation=" + situation).json().path("total").asLong()).isEqualTo(5);
        assertThat(ids(api.get("/api/signals?situation=" + situation + "&indicator=RF07.04")))
                .containsExactly("rw-011", "rw-016", "rw-017");
        assertThat(ids(api.get("/api/signals?situation=" + situation + "&indicator=RF10")))
                .containsExactly("rw-009", "rw-016", "rw-017");
        assertThat(ids(api.get("/api/signals?situation=" + situation + "&kind=decision"))).containsExactly("rw-018");
        // rw-011 has month precision: it becomes known on 1993-12-31
        assertThat(ids(api.get("/api/signals?situation=" + situation + "&from=1993-12-04&to=1994-01-10")))
                .containsExactly("rw-011", "rw-016");
        var page = api.get("/api/signals?situation=" + situation + "&size=2&page=1");
        assertThat(page.json().path("total").asLong()).isEqualTo(5);
        assertThat(ids(page)).containsExactly("rw-016", "rw-017");
    }

    @Test
    void servesTheTaxonomyWithProvenance() {
        var t = api().get("/api/taxonomy").json();
        assertThat(t.path("factors").size()).isEqualTo(14);
        assertThat(t.path("factors").get(6).path("code").asString()).isEqualTo("RF07");
        assertThat(t.path("factors").get(6).path("indicators").get(3).path("code").asString()).isEqualTo("RF07.04");
        assertThat(t.path("factors").get(6).path("indicators").get(3).path("provenance").asString()).isEqualTo("[V]");
    }

    @Test
    void servesTheSituationItWasGiven() {
        var s = api().get("/api/situations/" + situation);
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.json().path("country").asString()).isEqualTo("RW");
        assertThat(api().get("/api/situations/no-such-situation").status()).isEqualTo(404);
    }

    @Test
    void describesTheApiInOpenApi() {
        var r = api().get("/api/openapi");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("paths").has("/api/signals")).isTrue();
        assertThat(r.json().path("paths").has("/api/imports")).isTrue();
    }

    @Test
    void theDemoSituationHoldsAllHundredAndOneHistoricalRecords() {
        var r = api().get("/api/signals?situation=rwanda-1993-1994&size=1000");
        assertThat(r.json().path("total").asLong()).isEqualTo(101);
        assertThat(r.json().path("items").size()).isEqualTo(101);
    }

    private static List<String> ids(Api.Response r) {
        List<String> out = new java.util.ArrayList<>();
        r.json().path("items").forEach(i -> out.add(i.path("id").asString()));
        return out;
    }
}
