package org.tocsin.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.app.TocsinApplication;
import org.tocsin.support.Api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input at the API edge, generated: random and adversarial bodies (deep nesting, huge
 * strings, invalid UTF-8, NUL bytes, SQL and script payloads, wrong types in every field) never get
 * a 5xx, always get a problem body when refused, and a refused body stores nothing. Tries are
 * bounded: each is a real HTTP request against a real server and PostgreSQL.
 */
class HostileInputProperties {

    private static ConfigurableApplicationContext context;
    private static Api api;
    private static JdbcTemplate jdbc;
    private static final String SITUATION = "hostile";

    @BeforeContainer
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "hostile-store");
        SpringApplication app = new SpringApplication(TocsinApplication.class);
        app.setDefaultProperties(Map.of("server.port", "0", "tocsin.data.dir", dir.toString(), "tocsin.demo", "off",
                "tocsin.escalation.worker.enabled", "false", "tocsin.notifications.worker.enabled", "false",
                "logging.level.root", "WARN", "tocsin.admin-token", org.tocsin.support.IntegrationTest.ADMIN_TOKEN));
        context = app.run();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        api = new Api(port).as(org.tocsin.support.IntegrationTest.ADMIN_TOKEN);
        jdbc = context.getBean(JdbcTemplate.class);
        assertThat(api.post("/api/situations", "{\"id\": \"" + SITUATION + "\", \"name\": \"Hostile input\", \"country\": \"RW\"}").status())
                .isEqualTo(201);
    }

    @AfterContainer
    static void stop() {
        if (context != null) context.close();
    }

    private static long stored() {
        Long n = jdbc.queryForObject("select count(*) from signal where situation_id = ?", Long.class, SITUATION);
        return n == null ? 0 : n;
    }

    @Property(tries = 150)
    void noBodyEverCausesAServerErrorAndARefusalStoresNothing(@ForAll("hostileBodies") byte[] body) {
        long before = stored();
        Api.Response r = api.post("/api/signals", body);
        assertThat(r.status()).as("status for %s", preview(body)).isBetween(200, 499);
        if (r.status() >= 400) {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().path("errors").isArray()).isTrue();
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(stored()).isEqualTo(before);
        }
    }

    @Property(tries = 60)
    void hostileImportsNeverCauseAServerErrorAndARefusedFileStoresNothing(@ForAll("hostileFiles") byte[] file,
                                                                         @ForAll("formats") String format) {
        long before = stored();
        Api.Response r = api.post("/api/imports?situation=" + SITUATION + "&format=" + format, file);
        assertThat(r.status()).as("status for %s", preview(file)).isBetween(200, 499);
        if (r.status() >= 400) {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(stored()).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("case", "gdelt1", "gdelt2", "ucdp");
    }

    private static final String VALID = """
            {"situation": "hostile", "id": "ID", "date": "2026-11-01", "kind": "field_report", "source": "Monitor",
             "source_type": "ngo", "reliability": "B", "credibility": "2", "location": "Kigali, Rwanda",
             "lat": -1.94, "lon": 30.06, "summary": "SUMMARY", "indicators": ["RF07.04"]}""";

    @Provide
    Arbitrary<byte[]> hostileBodies() {
        Arbitrary<String> payloads = Arbitraries.oneOf(
                Arbitraries.of("'; drop table signal; --", "<script>alert(1)</script>", "\\u0000", "\u202Eevil", "{{7*7}}",
                        "${jndi:ldap://x}", "../../etc/passwd", "%00", "\uD800"),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(50));
        Arbitrary<String> fields = Arbitraries.of("id", "date", "kind", "reliability", "credibility", "lat", "lon", "summary",
                "indicators", "situation", "fatalities", "label", "date_precision", "attributes", "relays");
        Arbitrary<byte[]> spoiledField = Combinators.combine(fields, payloads, Arbitraries.integers().between(0, 3))
                .as((field, payload, how) -> {
                    String quoted = Api.JSON.writeValueAsString(payload);
                    String value = switch (how) {
                        case 0 -> quoted;
                        case 1 -> "[" + quoted + "]";
                        case 2 -> "{\"x\": " + quoted + "}";
                        default -> "12345678901234567890123456789";
                    };
                    String json = VALID.replace("ID", "h-" + Math.abs(payload.hashCode())).replaceFirst(
                            "\"" + field + "\": [^,}]*(\\][^,}]*)?", "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(value));
                    return json.getBytes(StandardCharsets.UTF_8);
                });
        Arbitrary<byte[]> nested = Arbitraries.integers().between(50, 5000).map(n -> ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> huge = Arbitraries.integers().between(20_001, 400_000)
                .map(n -> VALID.replace("SUMMARY", "x".repeat(n)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20).map(junk -> {
            byte[] v = VALID.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[v.length + junk.length + 1];
            System.arraycopy(v, 0, out, 0, 40);
            out[40] = (byte) 0xC3;
            System.arraycopy(junk, 0, out, 41, junk.length);
            System.arraycopy(v, 40, out, 41 + junk.length, v.length - 40);
            return out;
        });
        return Arbitraries.oneOf(spoiledField, nested, huge, randomBytes, invalidUtf8);
    }

    @Provide
    Arbitrary<byte[]> hostileFiles() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars('\t', ',', '"', '\n', 'a', '1', '-', '\u0000').ofMaxLength(400),
                Arbitraries.just("1\t2\t3"), Arbitraries.just("\"unterminated,quote"), Arbitraries.just("{\"id\": [[[[[[["));
        return line.list().ofMaxSize(30).map(lines -> String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String preview(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
        return s.replaceAll("\\p{Cntrl}", "?") + (body.length > 120 ? "… (" + body.length + " bytes)" : "");
    }
}
