package org.tocsin.intake.format;

import org.junit.jupiter.api.Test;
import org.tocsin.common.FieldError;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Signal;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tocsin.intake.format.Readers.accepted;
import static org.tocsin.intake.format.Readers.readAll;
import static org.tocsin.intake.format.Readers.rejected;
import static org.tocsin.intake.format.Readers.shared;

class CaseFileReaderTest {

    private static final String SITUATION = "rwanda-1993-1994";
    private static final String RECORD = """
            {"id": "t-1", "date": "1994-01-11", "kind": "field_report", "source": "UNAMIR Force Commander", \
            "source_type": "un_field", "reliability": "B", "credibility": "2", "summary": "An informant reports arms caches.", \
            "indicators": ["RF07.04"], "tags": [], "recipients": [], "fatalities": null, "ref": "test"}""";

    @Test
    void readsEveryRecordOfTheRwandaCaseFile() {
        List<ImportRecord> records = readAll(ImportFormat.CASE, shared("cases/rwanda-1993-1994.jsonl"), SITUATION);
        assertThat(rejected(records)).isEmpty();
        assertThat(accepted(records)).hasSize(101);
        Signal first = accepted(records).getFirst().signal();
        assertThat(first.key().id()).isEqualTo("rw-001");
        assertThat(first.key().situation()).isEqualTo(SITUATION);
        assertThat(first.receipt().channel()).isEqualTo(Channel.IMPORT_CASE);
        assertThat(records).extracting(ImportRecord::line).startsWith(1L, 2L, 3L);
    }

    @Test
    void skipsBlankLinesButCountsThemInLineNumbers() {
        List<ImportRecord> records = readAll(ImportFormat.CASE, "\n" + RECORD + "\n   \n" + RECORD.replace("t-1", "t-2") + "\n", SITUATION);
        assertThat(records).hasSize(2).allMatch(r -> r instanceof ImportRecord.Accepted);
        assertThat(records).extracting(ImportRecord::recordNumber).containsExactly(1L, 2L);
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 4L);
    }

    @Test
    void rejectsAMalformedLineWithoutEchoingTheParserAndReadsOn() {
        List<ImportRecord> records = readAll(ImportFormat.CASE, "{\"id\": \"t-0\", oops <script>\n" + RECORD + "\n", SITUATION);
        assertThat(records).hasSize(2);
        assertThat(records.getFirst()).isInstanceOfSatisfying(ImportRecord.Rejected.class, r -> {
            assertThat(r.errors()).containsExactly(new FieldError("$", "is not valid JSON (each line must hold one JSON object)"));
            assertThat(r.line()).isEqualTo(1);
        });
        assertThat(records.get(1)).isInstanceOf(ImportRecord.Accepted.class);
    }

    @Test
    void rejectsDuplicateKeysAndTrailingContent() {
        List<ImportRecord> records = readAll(ImportFormat.CASE,
                RECORD.replace("\"id\": \"t-1\"", "\"id\": \"t-1\", \"id\": \"t-9\"") + "\n" + RECORD + " {}\n", SITUATION);
        assertThat(rejected(records)).hasSize(2).allSatisfy(r -> assertThat(r.errors()).extracting(FieldError::field).containsExactly("$"));
    }

    @Test
    void passesTheParsersFieldErrorsThrough() {
        List<ImportRecord> records = readAll(ImportFormat.CASE, RECORD.replace("\"B\"", "\"Z\"") + "\n", SITUATION);
        assertThat(records).singleElement().isInstanceOfSatisfying(ImportRecord.Rejected.class,
                r -> assertThat(r.errors()).extracting(FieldError::field).containsExactly("reliability"));
    }

    @Test
    void failsTheReadOnBytesThatAreNotUtf8NamingTheLine() {
        byte[] bytes = (RECORD + "\n" + RECORD.replace("arms", "arms\u00e9") + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(ImportFormat.CASE, new ByteArrayInputStream(bytes), SITUATION, null))
                .isInstanceOf(UndecodableInputException.class).hasMessageContaining("line 2 is not valid UTF-8");
    }
}
