package org.tocsin.intake.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.common.FieldError;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.intake.format.Readers.accepted;
import static org.tocsin.intake.format.Readers.readAll;
import static org.tocsin.intake.format.Readers.rejected;
import static org.tocsin.intake.format.Readers.shared;

class UcdpReaderTest {

    private static final String SITUATION = "car-2013";
    private static final String HEADER = "id,type_of_violence,side_a,side_b,source_article,source_office,where_coordinates,adm_1,"
            + "country_id,event_clarity,date_prec,date_start,date_end,best,high,low,longitude,latitude\n";
    private static final String ROW = "7,3,anti-Balaka,Civilians,\"HRW, 2014-02-01: \"\"they came at night\"\"\nsecond line\","
            + "HRW,Bouca town,Ouham province,482,1,1,2014-02-01 00:00:00.000,2014-02-01 00:00:00.000,12,15,10,18.27331,6.510464\n";

    private static ImportRecord.Rejected rejectedRow(String row) {
        List<ImportRecord> records = readAll(ImportFormat.UCDP, HEADER + row, SITUATION);
        assertThat(records).singleElement().isInstanceOf(ImportRecord.Rejected.class);
        return (ImportRecord.Rejected) records.getFirst();
    }

    @Test
    void readsEveryRecordOfTheUcdpCentralAfricanRepublicFile() {
        List<ImportRecord> records = readAll(ImportFormat.UCDP, shared("data/ucdp/ged231-central-african-republic.csv"), SITUATION);
        assertThat(rejected(records)).isEmpty();
        assertThat(accepted(records)).hasSize(1848);
        assertThat(records.getLast().recordNumber()).isEqualTo(1848);
        assertThat(accepted(records)).allSatisfy(a -> assertThat(a.signal().place().country()).isEqualTo("CF"));
        assertThat(accepted(records)).allSatisfy(a -> assertThat(a.signal().source()).isEqualTo("UCDP GED 23.1"));
        // quoted fields span lines: from record 31 on, records start further down than one line per record
        assertThat(records.get(30)).satisfies(r -> {
            assertThat(r.recordNumber()).isEqualTo(31);
            assertThat(r.line()).isEqualTo(33).isGreaterThan(r.recordNumber() + 1);
        });
        assertThat(records.getFirst().line()).isEqualTo(2);
        assertThat(accepted(records).stream().filter(a -> a.signal().indicators().contains("RF11.01")).count()).isEqualTo(1076);
    }

    @Test
    void mapsTheBanguiMassacreOfDecember2013() {
        List<ImportRecord> records = readAll(ImportFormat.UCDP, shared("data/ucdp/ged231-central-african-republic.csv"), SITUATION);
        ImportRecord.Accepted bangui = accepted(records).stream()
                .filter(a -> a.signal().key().id().equals("ucdp-62993")).findFirst().orElseThrow();
        assertThat(bangui.recordNumber()).isEqualTo(239);
        assertThat(bangui.line()).isEqualTo(257);
        Signal s = bangui.signal();
        assertThat(s.time()).isEqualTo(new SignalTime(LocalDate.of(2013, 12, 5), DatePrecision.RANGE, LocalDate.of(2013, 12, 6)));
        assertThat(s.fatalities()).isEqualTo(800);
        assertThat(s.place().name()).isEqualTo("Bangui city");
        assertThat(s.place().lat()).isEqualTo(4.366667);
        assertThat(s.place().lon()).isEqualTo(18.583333);
        assertThat(s.place().country()).isEqualTo("CF");
        assertThat(s.indicators()).containsExactly("RF11.01");
        assertThat(s.tags()).containsExactly("ucdp", "violence", "one-sided");
        assertThat(s.summary()).isEqualTo("Government of Central African Republic vs Civilians (one-sided violence): "
                + "800 killed (450–1200) at Bangui city, 2013-12-05 to 2013-12-06");
        assertThat(s.attributes()).containsEntry("best", "800").containsEntry("low", "450").containsEntry("high", "1200")
                .containsEntry("country_id", "482").containsEntry("type_of_violence", "3");
        assertThat(s.ref()).startsWith("UCDP GED 23.1 event 62993");
    }

    @Test
    void mapsAnInlineRecordWithAMultiLineQuotedField() {
        List<ImportRecord> records = readAll(ImportFormat.UCDP, HEADER + ROW + ROW.replaceFirst("^7,", "8,"), SITUATION);
        assertThat(records).hasSize(2).allMatch(r -> r instanceof ImportRecord.Accepted);
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 4L);
        Signal s = ((ImportRecord.Accepted) records.getFirst()).signal();
        assertThat(s.key().id()).isEqualTo("ucdp-7");
        assertThat(s.source()).isEqualTo("UCDP GED"); // no file name, so no release
        assertThat(s.sourceId()).isEqualTo("hrw");
        assertThat(s.sourceType()).isEqualTo(SourceType.EVENT_DATA);
        assertThat(s.reliability()).isEqualTo(Reliability.B);
        assertThat(s.credibility()).isEqualTo(Credibility.PROBABLY_TRUE);
        assertThat(s.time()).isEqualTo(SignalTime.day(LocalDate.of(2014, 2, 1)));
        assertThat(s.fatalities()).isEqualTo(12);
        assertThat(s.summary()).isEqualTo("anti-Balaka vs Civilians (one-sided violence): 12 killed (10–15) at Bouca town, 2014-02-01");
        assertThat(s.attributes()).containsEntry("source_article", "HRW, 2014-02-01: \"they came at night\"\nsecond line");
        assertThat(s.receipt().channel()).isEqualTo(Channel.IMPORT_UCDP);
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2014-02-30 00:00:00.000 | date_start       | must be a date written YYYY-MM-DD
            01/02/2014              | date_start       | must be a date written YYYY-MM-DD
            """)
    void refusesAnUnparseableStartDate(String value, String field, String reason) {
        ImportRecord.Rejected r = rejectedRow(ROW.replace("2014-02-01 00:00:00.000,2014-02-01", value + ",2014-02-01"));
        assertThat(r.errors()).contains(new FieldError(field, reason));
    }

    @Test
    void refusesALatitudeOutOfRangeAndANonNumericId() {
        assertThat(rejectedRow(ROW.replace(",6.510464", ",96.5")).errors())
                .containsExactly(new FieldError("latitude", "must be between -90 and 90"));
        assertThat(rejectedRow(ROW.replaceFirst("^7,", "x7,")).errors())
                .containsExactly(new FieldError("id", "must be a whole number (the UCDP event id)"));
        assertThat(rejectedRow(ROW.replaceFirst("^7,3,", "7,4,")).errors())
                .containsExactly(new FieldError("type_of_violence", "must be 1 (state-based), 2 (non-state) or 3 (one-sided)"));
    }

    @Test
    void refusesARecordWithTheWrongFieldCount() {
        assertThat(rejectedRow("7,3,anti-Balaka\n").errors()).containsExactly(new FieldError("$", "has 3 fields; the header has 18"));
    }

    @Test
    void keepsAnUnknownGleditschWardNumberInAttributesOnly() {
        List<ImportRecord> records = readAll(ImportFormat.UCDP, HEADER + ROW.replace(",482,", ",999,"), SITUATION);
        Signal s = ((ImportRecord.Accepted) records.getFirst()).signal();
        assertThat(s.place().country()).isNull();
        assertThat(s.attributes()).containsEntry("country_id", "999");
    }

    @Test
    void usesTheExplicitWindowAndFallsBackOnDatePrecisionWithoutAnEnd() {
        LocalDate d = LocalDate.of(2013, 9, 13);
        assertThat(UcdpReader.time(d, LocalDate.of(2013, 9, 30), 4)).isEqualTo(SignalTime.range(d, LocalDate.of(2013, 9, 30)));
        assertThat(UcdpReader.time(d, d, 1)).isEqualTo(SignalTime.day(d));
        Map.of(1, DatePrecision.DAY, 2, DatePrecision.WEEK, 3, DatePrecision.WEEK, 4, DatePrecision.MONTH, 5, DatePrecision.YEAR)
                .forEach((prec, expected) -> assertThat(UcdpReader.time(d, null, prec).precision()).isEqualTo(expected));
    }

    @Test
    void takesTheFirstOfSeveralOfficesAsTheSource() {
        assertThat(UcdpReader.primaryOffice("Reuters News;Agence France Presse;United Nations DEPARTMENT OF SAFETY AND SECURITY"))
                .isEqualTo("reuters-news");
        assertThat(UcdpReader.primaryOffice(" ;HRW")).isEqualTo("hrw");
        assertThat(UcdpReader.primaryOffice(null)).isNull();
    }

    @Test
    void findsTheGedReleaseInTheFileName() {
        assertThat(UcdpReader.versionFromFileName("ged231-central-african-republic.csv")).isEqualTo("23.1");
        assertThat(UcdpReader.versionFromFileName("GEDEvent_v24_1.csv")).isEqualTo("24.1");
        assertThat(UcdpReader.versionFromFileName("events.csv")).isNull();
        assertThat(UcdpReader.versionFromFileName(null)).isNull();
    }
}
