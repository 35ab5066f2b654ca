package org.tocsin.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.support.IntegrationTest;
import org.tocsin.support.Shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports of every format, on the real files in ../shared, into the real store. */
class ImportIntegrationTest extends IntegrationTest {

    @Autowired
    ImportService imports;

    private ImportReport load(String situation, ImportFormat format, Path file, boolean skipInvalid) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importStream(new ImportService.Request(situation, format, skipInvalid, Tlp.AMBER, "test"), in);
        }
    }

    private ImportReport load(String situation, ImportFormat format, String text, boolean skipInvalid) {
        return imports.importStream(new ImportService.Request(situation, format, skipInvalid, Tlp.AMBER, "test"),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void importsTheRwandaCaseFileAndCreatesItsSituation() throws IOException {
        String s = uniqueSituation("case");
        ImportReport r = load(s, ImportFormat.CASE, Shared.file("cases/rwanda-1993-1994.jsonl"), false);
        assertThat(r.committed()).isTrue();
        assertThat(r.situationCreated()).isTrue();
        assertThat(r.accepted()).isEqualTo(101);
        assertThat(signalCount(s)).isEqualTo(101);
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        String s = uniqueSituation("again");
        Path file = Shared.file("cases/rwanda-1993-1994.jsonl");
        load(s, ImportFormat.CASE, file, false);
        ImportReport again = load(s, ImportFormat.CASE, file, false);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(101);
        assertThat(again.rejected()).isZero();
        assertThat(signalCount(s)).isEqualTo(101);
    }

    @Test
    void importsTheGdelt2ExportAndSamples() throws IOException {
        String s = uniqueSituation("gdelt2");
        assertThat(load(s, ImportFormat.GDELT2, Shared.file("data/gdelt/gdelt2-20180326044500.export.CSV"), false).accepted()).isEqualTo(1540);
        assertThat(load(s, ImportFormat.GDELT2, Shared.file("data/gdelt/samples/gdelt2-events-sample.tsv"), false).committed()).isTrue();
        String s1 = uniqueSituation("gdelt1");
        assertThat(load(s1, ImportFormat.GDELT1, Shared.file("data/gdelt/samples/gdelt1-events-sample.tsv"), false).accepted()).isEqualTo(100);
    }

    @Test
    void importsAllEightyThreeThousandGdeltWestAfricaEventsFromTheHeaderedCsvFiles() throws IOException {
        String s = uniqueSituation("westafrica");
        Path dir = Shared.file("data/gdelt/gdelt1-westafrica-conflict-1979-1997");
        long accepted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                ImportReport r = load(s, ImportFormat.GDELT1, f, false);
                assertThat(r.committed()).as(f + ": " + r.summary()).isTrue();
                accepted += r.accepted();
            }
        }
        assertThat(accepted).isEqualTo(83_659);
        assertThat(signalCount(s)).isEqualTo(83_659);
        assertThat(jdbc.queryForObject("select count(*) from signal where situation_id = ? and country = 'NG'", Long.class, s)).isPositive();
    }

    @Test
    void importsTheUcdpCentralAfricanRepublicEventsWithTheirMultiLineFields() throws IOException {
        String s = uniqueSituation("ucdp");
        ImportReport r = load(s, ImportFormat.UCDP, Shared.file("data/ucdp/ged231-central-african-republic.csv"), false);
        assertThat(r.committed()).as(r.summary()).isTrue();
        assertThat(r.accepted()).isEqualTo(1848);
        assertThat(jdbc.queryForObject("select count(*) from signal where situation_id = ? and country = 'CF'", Long.class, s)).isEqualTo(1848L);
        assertThat(jdbc.queryForObject("select sum(fatalities) from signal where situation_id = ?", Long.class, s)).isPositive();
    }

    @Test
    void oneBadLineRefusesTheWholeFileByDefaultAndNamesItsLine() {
        String s = uniqueSituation("refuse");
        String text = good("a-1") + "\n" + good("a-2") + "\n" + good("a-3").replace("\"B\"", "\"H\"") + "\n" + good("a-4") + "\n";
        ImportReport r = load(s, ImportFormat.CASE, text, false);
        assertThat(r.committed()).isFalse();
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.rejections()).singleElement().satisfies(rej -> {
            assertThat(rej.record()).isEqualTo(3);
            assertThat(rej.line()).isEqualTo(3);
            assertThat(rej.errors()).extracting(e -> e.field()).containsExactly("reliability");
        });
        assertThat(signalCount(s)).isZero();
    }

    @Test
    void skipInvalidImportsTheRestAndListsWhatItSkipped() {
        String s = uniqueSituation("skip");
        String text = good("b-1") + "\n\n" + "{not json\n" + good("b-2") + "\n";
        ImportReport r = load(s, ImportFormat.CASE, text, true);
        assertThat(r.committed()).isTrue();
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejections()).singleElement().satisfies(rej -> assertThat(rej.line()).isEqualTo(3));
        assertThat(signalCount(s)).isEqualTo(2);
    }

    @Test
    void aDifferentRecordUnderAnIdAlreadyStoredIsAConflictNotAnOverwrite() {
        String s = uniqueSituation("conflict");
        load(s, ImportFormat.CASE, good("c-1") + "\n", false);
        ImportReport r = load(s, ImportFormat.CASE, good("c-1").replace("Arms", "No arms") + "\n" + good("c-2") + "\n", false);
        assertThat(r.committed()).isFalse();
        assertThat(r.rejections()).singleElement().satisfies(rej -> {
            assertThat(rej.id()).isEqualTo("c-1");
            assertThat(rej.line()).isEqualTo(1);
        });
        assertThat(signalCount(s)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select summary from signal where situation_id = ? and id = 'c-1'", String.class, s)).startsWith("Arms");
    }

    @Test
    void twoDifferentRecordsWithOneIdInOneFileConflict() {
        String s = uniqueSituation("twice");
        ImportReport r = load(s, ImportFormat.CASE, good("d-1") + "\n" + good("d-1").replace("Arms", "Guns") + "\n", true);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.rejections()).singleElement().satisfies(rej -> assertThat(rej.record()).isEqualTo(2));
    }

    @Test
    void importsOverHttpStreamingTheBody() throws IOException {
        String s = uniqueSituation("http");
        Path file = Shared.file("cases/rwanda-1993-1994.jsonl");
        var r = api().postStream("/api/imports?situation=" + s + "&format=case", () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("accepted").asLong()).isEqualTo(101);
        var refused = api().post("/api/imports?situation=" + s + "&format=case", good("e-1").replace("\"2\"", "\"9\""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("record 1 (line 1): credibility");
        assertThat(api().post("/api/imports?situation=" + s + "&format=csv", "").errorFields()).containsExactly("format");
    }

    private static String good(String id) {
        return """
                {"id": "%s", "date": "1994-01-10", "date_precision": "day", "kind": "intelligence", "source": "Informant", \
                "source_type": "informant", "reliability": "B", "credibility": "2", "location": "Kigali, Rwanda", \
                "lat": -1.94, "lon": 30.06, "summary": "Arms caches reported in Kigali", "indicators": ["RF07.04"], \
                "tags": [], "recipients": [], "fatalities": null, "ref": "test"}""".formatted(id);
    }

}
