package org.tocsin.intake.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTokenizerTest {

    private static List<CsvTokenizer.Row> rows(String text) throws IOException {
        return rows(text, 1000);
    }

    private static List<CsvTokenizer.Row> rows(String text, int max) throws IOException {
        List<CsvTokenizer.Row> out = new ArrayList<>();
        try (CsvTokenizer csv = new CsvTokenizer(new StringReader(text), ',', max)) {
            for (CsvTokenizer.Row r = csv.next(); r != null; r = csv.next()) out.add(r);
        }
        return out;
    }

    @Test
    void splitsPlainFieldsAndKeepsEmptyOnes() throws IOException {
        assertThat(rows("a,b,,d\n,,\n")).extracting(CsvTokenizer.Row::fields)
                .containsExactly(List.of("a", "b", "", "d"), List.of("", "", ""));
    }

    @Test
    void readsQuotedFieldsWithDelimitersAndDoubledQuotes() throws IOException {
        List<CsvTokenizer.Row> rows = rows("\"Algiers, Alger, Algeria\",\"he said \"\"no\"\"\",\"\"\n");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.fields()).containsExactly("Algiers, Alger, Algeria", "he said \"no\"", "");
            assertThat(r.problem()).isNull();
        });
    }

    @Test
    void keepsLineBreaksInsideQuotesAndReportsWhereEachRecordStarts() throws IOException {
        List<CsvTokenizer.Row> rows = rows("id,text\n1,\"first\nsecond\r\nthird\"\n2,plain\n");
        assertThat(rows).extracting(CsvTokenizer.Row::line).containsExactly(1L, 2L, 5L);
        assertThat(rows.get(1).fields()).containsExactly("1", "first\nsecond\r\nthird");
        assertThat(rows.get(2).fields()).containsExactly("2", "plain");
    }

    @Test
    void treatsCrLfAsOneLineBreak() throws IOException {
        assertThat(rows("a,b\r\n\"c\",d\r\n")).extracting(CsvTokenizer.Row::fields)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void readsTheLastRecordWithoutATrailingLineBreak() throws IOException {
        assertThat(rows("a,b\nc,d")).extracting(CsvTokenizer.Row::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void treatsAQuoteInsideAnUnquotedFieldAsText() throws IOException {
        assertThat(rows("5\" gun,x\n")).singleElement().extracting(CsvTokenizer.Row::fields).isEqualTo(List.of("5\" gun", "x"));
    }

    @Test
    void reportsTextAfterAClosingQuote() throws IOException {
        assertThat(rows("\"a\"b,c\n")).singleElement().satisfies(r -> assertThat(r.problem()).contains("after the closing quote"));
    }

    @Test
    void reportsAQuotedFieldTheInputEndsInside() throws IOException {
        List<CsvTokenizer.Row> rows = rows("a,b\n1,\"never closed\n2,x\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).problem()).contains("ends inside a quoted field");
    }

    @Test
    void refusesAnOverlongRecordButReadsOnAfterIt() throws IOException {
        List<CsvTokenizer.Row> rows = rows("short\n\"" + "x".repeat(50) + "\"\nnext\n", 20);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).problem()).contains("longer than 20");
        assertThat(rows.get(2).fields()).containsExactly("next");
    }

    @Test
    void skipsALeadingByteOrderMark() throws IOException {
        assertThat(rows("\uFEFFid,x\n")).singleElement().extracting(CsvTokenizer.Row::fields).isEqualTo(List.of("id", "x"));
    }

    @Test
    void marksEmptyLinesAsBlank() throws IOException {
        List<CsvTokenizer.Row> rows = rows("a\n\n\r\nb\n");
        assertThat(rows).extracting(CsvTokenizer.Row::blank).containsExactly(false, true, true, false);
        assertThat(rows.get(3).line()).isEqualTo(4);
    }
}
