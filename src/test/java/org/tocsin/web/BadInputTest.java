package org.tocsin.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input gets a problem response naming the field, never a 500, never a write. */
class BadInputTest extends IntegrationTest {

    private String situation;

    @BeforeEach
    void situation() {
        situation = uniqueSituation("bad");
        createSituation(situation);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("an unknown kind", "kind", (Consumer<ObjectNode>) n -> n.put("kind", "rumour")),
                Arguments.of("reliability H", "reliability", (Consumer<ObjectNode>) n -> n.put("reliability", "H")),
                Arguments.of("credibility 7", "credibility", (Consumer<ObjectNode>) n -> n.put("credibility", "7")),
                Arguments.of("latitude 123", "lat", (Consumer<ObjectNode>) n -> n.put("lat", 123)),
                Arguments.of("longitude without latitude", "lat", (Consumer<ObjectNode>) n -> n.remove("lat")),
                Arguments.of("an impossible date", "date", (Consumer<ObjectNode>) n -> n.put("date", "1994-02-30")),
                Arguments.of("no summary", "summary", (Consumer<ObjectNode>) n -> n.remove("summary")),
                Arguments.of("a blank summary", "summary", (Consumer<ObjectNode>) n -> n.put("summary", "   ")),
                Arguments.of("an unknown indicator", "indicators[1]", (Consumer<ObjectNode>) n -> n.putArray("indicators").add("RF07.04").add("RF99.01")),
                Arguments.of("a malformed indicator", "indicators[0]", (Consumer<ObjectNode>) n -> n.putArray("indicators").add("arms")),
                Arguments.of("an unknown field", "colour", (Consumer<ObjectNode>) n -> n.put("colour", "red")),
                Arguments.of("a NUL byte in the summary", "summary", (Consumer<ObjectNode>) n -> n.put("summary", "arms\u0000cache")),
                Arguments.of("negative fatalities", "fatalities", (Consumer<ObjectNode>) n -> n.put("fatalities", -3)),
                Arguments.of("an unknown label", "label", (Consumer<ObjectNode>) n -> n.put("label", "PURPLE")),
                Arguments.of("a range without an end", "date_end", (Consumer<ObjectNode>) n -> n.put("date_precision", "range")),
                Arguments.of("an id with spaces", "id", (Consumer<ObjectNode>) n -> n.put("id", "rw 017")),
                Arguments.of("a situation that is not a slug", "situation", (Consumer<ObjectNode>) n -> n.put("situation", "Rwanda 1994")),
                Arguments.of("a number for the source", "source", (Consumer<ObjectNode>) n -> n.put("source", 42)));
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @MethodSource("badFields")
    void refusesABadFieldNamingItAndStoresNothing(String what, String field, Consumer<ObjectNode> spoil) throws Exception {
        ObjectNode n = (ObjectNode) Api.JSON.readTree(SignalApiTest.caseLine("rw-017", situation));
        spoil.accept(n);

        var r = api().post("/api/signals", n.toString());

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.errorFields()).contains(field);
        assertThat(r.json().path("type").asString()).isEqualTo("urn:tocsin:problem:invalid-field");
        assertThat(signalCount(situation)).isZero();
    }

    @Test
    void refusesMalformedJsonWithoutEchoingTheParser() {
        var r = api().post("/api/signals", "{\"id\": \"x\", \"summary\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("$");
        assertThat(r.body()).doesNotContain("tools.jackson").doesNotContain("Exception");
    }

    @Test
    void refusesDuplicateFieldNames() {
        var r = api().post("/api/signals", "{\"id\": \"a\", \"id\": \"b\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asString()).contains("duplicate field");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] body = "{\"id\": \"x\", \"summary\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        var r = api().post("/api/signals", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asString()).contains("UTF-8");
    }

    @Test
    void refusesAFiftyMegabyteBodyWith413() {
        byte[] body = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        var r = api().postExpectingContinue("/api/signals", body);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errorFields()).containsExactly("$");
    }

    @Test
    void refusesASignalForAnUnknownSituationNamingTheSituationField() throws Exception {
        var r = api().post("/api/signals", SignalApiTest.caseLine("rw-017", "no-such-situation"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("situation");
        assertThat(signalCount("no-such-situation")).isZero();
    }

    @Test
    void refusesAnArrayWhereAnObjectBelongs() {
        var r = api().post("/api/signals", "[1, 2, 3]");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("$");
    }

    @Test
    void refusesDeeplyNestedJson() {
        var r = api().post("/api/signals", "[".repeat(5000) + "]".repeat(5000));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void refusesBadQueryParametersNamingThem() {
        assertThat(api().get("/api/signals?situation=" + situation + "&from=yesterday").errorFields()).containsExactly("from");
        assertThat(api().get("/api/signals?situation=" + situation + "&size=0").errorFields()).containsExactly("size");
        assertThat(api().get("/api/signals?situation=" + situation + "&page=x").errorFields()).containsExactly("page");
        assertThat(api().get("/api/signals?situation=" + situation + "&kind=rumour").errorFields()).containsExactly("kind");
        assertThat(api().get("/api/signals").errorFields()).containsExactly("situation");
        assertThat(api().get("/api/signals?situation=nowhere").status()).isEqualTo(404);
        assertThat(api().get("/api/signals/not-a-uuid").errorFields()).containsExactly("uid");
    }

    @Test
    void refusesABadSituation() {
        var r = api().post("/api/situations", "{\"id\": \"Bad Id\", \"name\": \"x\", \"country\": \"Rwanda\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("id", "country");
        assertThat(api().post("/api/situations", "{\"id\": \"" + situation + "\", \"name\": \"again\"}").status()).isEqualTo(409);
    }

    @Test
    void answersAnUnknownPathAndAWrongMethodWithProblems() {
        assertThat(api().get("/api/nothing-here").status()).isEqualTo(404);
        var r = api().post("/api/taxonomy", "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.body()).doesNotContain("Exception");
    }
}
