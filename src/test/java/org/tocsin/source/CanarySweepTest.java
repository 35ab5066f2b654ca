package org.tocsin.source;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leak test. A source whose every sealed field carries a unique canary goes through the whole
 * API as handler and as non-handler — register, list, view, regrade, assess a report, protection
 * request and its steps, failed and successful unseals, a broken envelope, bad inputs — while every
 * response (status, headers, body) and every log event (message, arguments, exceptions, MDC) is
 * captured. Then the canary must appear in the handler's explicit unseal responses and nowhere
 * else: not in another response, not in the log, not in any database column outside the
 * ciphertexts (journal included), not even as bytes inside the ciphertexts.
 */
class CanarySweepTest extends SourceIntegrationTest {

    /** In the identity and contact fields; may appear only in the source unseal response. */
    private final String canary = "CANARY-Mwami-" + HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
    /** In what a protection request asks and its rationale; may appear only in that request's unseal response. */
    private final String protectionCanary = "CANARY-Rugira-" + HexFormat.of().toHexDigits(UUID.randomUUID().getMostSignificantBits());

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;
    private Level tocsinLevel;

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        // everything Tocsin logs, down to debug, must be clean
        Logger tocsin = (Logger) LoggerFactory.getLogger("org.tocsin");
        tocsinLevel = tocsin.getLevel();
        tocsin.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        ((Logger) LoggerFactory.getLogger("org.tocsin")).setLevel(tocsinLevel);
    }

    @Test
    void theCanaryLeavesTheServerOnlyInTheHandlersExplicitUnsealResponses() {
        var api = sourceApi();
        String id = newId("sweep");
        String decoy = newId("sweep-decoy");
        String situation = uniqueSituation("sweep");
        createSituation(situation);
        String sealed = """
                "real_name": "%1$s", "role": "%1$s role", "affiliation": "%1$s party", "phone": "%1$s-phone",
                "email": "%1$s@example.org", "address": "%1$s street", "meeting_arrangements": "%1$s at dusk",
                "notes": "%1$s notes\"""".formatted(canary);

        // registration, and registrations refused for bad input that carries the canary
        expect(201, api.register("register", "hd-c", id, sealed, "hd-c"));
        expect(201, api.register("register decoy", "hd-c", decoy, "\"real_name\": \"Somebody Else\""));
        expect(409, api.register("duplicate id", "hd-c", id, sealed));
        expect(422, api.register("id reveals name", "hd-c", "src-mwami-1", sealed));
        expect(422, api.register("name too long", "hd-c", newId("long"), "\"real_name\": \"" + canary.repeat(40) + "\""));
        expect(422, api.register("unknown sealed field", "hd-c", newId("unk"), sealed + ", \"" + canary + "\": \"x\""));
        expect(422, api.register("misplaced field", "hd-c", newId("mis"), "\"real_name\": \"x\", \"realname\": \"" + canary + "\""));
        expect(422, api.as("hd-c").post("wrong type", "/api/sources", "{\"id\": \"src-x1\", \"type\": \"" + canary
                + "\", \"reliability\": \"" + canary + "\", \"sealed\": {\"real_name\": 42}}"));
        expect(400, api.as("hd-c").post("malformed json", "/api/sources", "{\"sealed\": {\"real_name\": \"" + canary + "\""));
        expect(400, api.post("duplicate key", "/api/sources", "{\"sealed\": {\"real_name\": \"" + canary + "\", \"real_name\": \"" + canary + "\"}}"));
        expect(422, api.as("analyst-c").post("someone else as actor", "/api/sources", "{\"actor\": \"hd-c\", \"id\": \"src-x2\", \"type\": \"informant\","
                + " \"reliability\": \"C\", \"sealed\": {\"real_name\": \"" + canary + "\"}}"));
        expect(401, api.anonymous().post("no credentials", "/api/sources", "{\"id\": \"src-x3\", \"type\": \"informant\","
                + " \"reliability\": \"C\", \"sealed\": {\"real_name\": \"" + canary + "\"}}"));

        // a signal from the source, so that the reliability record has a report to count and assess
        expect(201, api.post("signal", "/api/signals", """
                {"situation": "%s", "id": "sw-1", "date": "1994-01-10", "kind": "intelligence", "source": "Informant %s",
                 "source_id": "%s", "source_type": "informant", "reliability": "C", "credibility": "2",
                 "summary": "Told to list every Tutsi in his sector"}""".formatted(situation, pseudonymOf(id), id)));

        // what analysts and handlers read
        expect(200, api.as("analyst-c").get("list as analyst", "/api/sources"));
        expect(200, api.get("list as superuser", "/api/sources"));
        expect(200, api.as("analyst-c").get("view as analyst", "/api/sources/" + id));
        expect(200, api.as("hd-c").get("view as handler", "/api/sources/" + id));
        expect(404, api.get("unknown source", "/api/sources/src-nobody-here"));
        expect(405, api.as("hd-c").get("unseal by GET", "/api/sources/" + id + "/unseal"));
        expect(200, api.as("analyst-c").post("regrade", "/api/sources/" + id + "/reliability",
                "{\"reliability\": \"B\", \"rationale\": \"report sw-1 confirmed by UNAMIR patrol\"}"));
        expect(200, api.as("analyst-c").post("assess", "/api/sources/" + id + "/report-outcomes", """
                {"situation": "%s", "signal": "sw-1", "outcome": "confirmed", "rationale": "arms cache found"}"""
                .formatted(situation)));
        expect(404, api.as("analyst-c").post("assess unknown report", "/api/sources/" + id + "/report-outcomes", """
                {"situation": "%s", "signal": "%s", "outcome": "confirmed", "rationale": "x"}"""
                .formatted(situation, canary)));

        // handlers
        expect(200, api.as("hd-c").post("assign", "/api/sources/" + id + "/handlers", "{\"person\": \"hd-c2\"}"));
        expect(403, api.as("analyst-c").post("assign by stranger", "/api/sources/" + id + "/handlers", "{\"person\": \"analyst-c\"}"));
        expect(422, api.as("hd-c").post("assign bad person", "/api/sources/" + id + "/handlers", "{\"person\": \"" + canary + " x\"}"));
        expect(200, api.as("hd-c").delete("revoke", "/api/sources/" + id + "/handlers/hd-c2"));

        // protection
        String deadline = Instant.now().plus(Duration.ofDays(1)).toString();
        var pr = api.as("hd-c").post("protection request", "/api/sources/" + id + "/protection-requests", """
                {"what": "%s: move the family", "deadline": "%s", "owner": "sec-c"}""".formatted(protectionCanary, deadline));
        assertThat(pr.status()).isEqualTo(201);
        String prBase = "/api/sources/" + id + "/protection-requests/" + pr.json().path("id").asString();
        expect(403, api.as("analyst-c").post("protection by analyst", "/api/sources/" + id + "/protection-requests", """
                {"what": "%s", "deadline": "%s", "owner": "sec-c"}""".formatted(protectionCanary, deadline)));
        expect(200, api.get("protection list", "/api/sources/" + id + "/protection-requests"));
        expect(200, api.as("sec-c").post("progress", prBase + "/progress", "{\"status\": \"in_progress\", \"rationale\": \""
                + protectionCanary + " contacted\"}"));
        expect(422, api.as("sec-c").post("progress bad status", prBase + "/progress", "{\"status\": \"" + protectionCanary + "\"}"));
        expect(403, api.as("analyst-c").post("progress by analyst", prBase + "/progress", "{\"status\": \"failed\", \"rationale\": \""
                + protectionCanary + "\"}"));
        expect(200, api.get("protection one", prBase));
        expect(403, api.as("analyst-c").post("protection unseal by analyst", prBase + "/unseal", "{}"));
        expect(200, api.as("hd-c").post("protection unseal", prBase + "/unseal", "{}"));

        // unseals: refused, granted, and one that fails on an envelope moved from the canary's row
        expect(403, api.unseal("unseal by analyst", id, "analyst-c"));
        expect(403, api.unseal("unseal by revoked handler", id, "hd-c2"));
        expect(422, api.as("analyst-c").post("unseal naming the handler as actor", "/api/sources/" + id + "/unseal", "{\"actor\": \"hd-c\"}"));
        expect(200, api.unseal("unseal", id, "hd-c"));
        jdbc.update("update source_sealed set (ciphertext, wrapped_key) = (select ciphertext, wrapped_key from source_sealed where ref = ?)"
                + " where ref = ?", "source/" + id, "source/" + decoy);
        expect(500, api.unseal("unseal moved envelope", decoy, "hd-c"));
        sealer.rotate("test");
        expect(200, api.unseal("unseal after rotation", id, "hd-c"));

        // every response
        List<String> carriers = new ArrayList<>();
        for (var x : api.exchanges) {
            String all = x.everything();
            if (all.contains(canary)) carriers.add("identity canary in " + x.label());
            if (all.contains(protectionCanary)) carriers.add("protection canary in " + x.label());
        }
        assertThat(carriers).containsExactlyInAnyOrder("identity canary in unseal", "identity canary in unseal after rotation",
                "protection canary in protection unseal");

        // every log event
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).filteredOn(e -> e.getLoggerName().startsWith("org.tocsin.web")).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            assertThat(render(e)).as("log event of %s", e.getLoggerName()).doesNotContain(canary, protectionCanary, "Mwami", "Rugira");
        }

        // every column of every table, the journal included, and the raw bytes of every bytea column
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("journal", "source", "source_sealed", "source_protection_request");
        for (String table : tables) {
            for (String c : List.of(canary, protectionCanary, "Mwami", "Rugira")) {
                Long n = jdbc.queryForObject("select count(*) from \"" + table + "\" t where strpos(t::text, ?) > 0", Long.class, c);
                assertThat(n).as("rows of %s holding %s", table, c).isZero();
            }
        }
        var byteColumns = jdbc.queryForList("select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema() and data_type = 'bytea'");
        for (var col : byteColumns) {
            Long n = jdbc.queryForObject("select count(*) from \"" + col.get("table_name") + "\" where position(convert_to(?, 'UTF8') in \""
                    + col.get("column_name") + "\") > 0", Long.class, "Mwami");
            assertThat(n).as("bytes of %s.%s", col.get("table_name"), col.get("column_name")).isZero();
        }
        // and the journal recorded the unseals, by field name
        assertThat(journal(pseudonymOf(id))).extracting(e -> e.get("type"))
                .contains("source.unsealed", "source.unseal_denied", "source.protection_requested", "source.protection_updated");
    }

    private static void expect(int status, org.tocsin.support.Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }

    /** Everything a log event carries: message, arguments, MDC, every exception's class and message and its causes'. */
    private static String render(ILoggingEvent e) {
        StringBuilder b = new StringBuilder(e.getFormattedMessage()).append(' ').append(e.getMDCPropertyMap());
        if (e.getArgumentArray() != null) for (Object a : e.getArgumentArray()) b.append(' ').append(a);
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            b.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy s : t.getSuppressed()) b.append(' ').append(s.getMessage());
        }
        return b.toString();
    }
}
