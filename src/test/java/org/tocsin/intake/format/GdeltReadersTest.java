package org.tocsin.intake.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.common.FieldError;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.intake.format.Readers.accepted;
import static org.tocsin.intake.format.Readers.readAll;
import static org.tocsin.intake.format.Readers.rejected;
import static org.tocsin.intake.format.Readers.shared;

class GdeltReadersTest {

    private static final String SITUATION = "gdelt-test";

    /** A GDELT 2.0 row: a Nigerian army fight with Boko Haram in Maiduguri, with the given columns changed. */
    private static String gdelt2Row(Map<String, String> changes) {
        Map<String, String> v = new HashMap<>(Map.ofEntries(
                Map.entry("GLOBALEVENTID", "741917999"), Map.entry("SQLDATE", "20180326"),
                Map.entry("Actor1Code", "NGAMIL"), Map.entry("Actor1Name", "NIGERIA"),
                Map.entry("Actor2Code", "NGAREB"), Map.entry("Actor2Name", "BOKO HARAM"),
                Map.entry("EventCode", "190"), Map.entry("EventBaseCode", "190"), Map.entry("EventRootCode", "19"),
                Map.entry("QuadClass", "4"), Map.entry("GoldsteinScale", "-10.0"), Map.entry("NumMentions", "14"),
                Map.entry("NumSources", "1"), Map.entry("NumArticles", "12"), Map.entry("AvgTone", "-7.5"),
                Map.entry("ActionGeo_Type", "4"), Map.entry("ActionGeo_FullName", "Maiduguri, Borno, Nigeria"),
                Map.entry("ActionGeo_CountryCode", "NI"), Map.entry("ActionGeo_ADM1Code", "NI02"),
                Map.entry("ActionGeo_Lat", "11.8464"), Map.entry("ActionGeo_Long", "13.1603"),
                Map.entry("DATEADDED", "20180326044500"),
                Map.entry("SOURCEURL", "https://www.premiumtimesng.com/news/top-news/262853-boko-haram.html")));
        v.putAll(changes);
        List<String> fields = new ArrayList<>();
        for (String column : Gdelt2Reader.COLUMNS) fields.add(v.getOrDefault(column, ""));
        return String.join("\t", fields) + "\n";
    }

    private static ImportRecord only(ImportFormat format, String text) {
        List<ImportRecord> records = readAll(format, text, SITUATION);
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static Signal acceptedSignal(ImportRecord r) {
        assertThat(r).isInstanceOf(ImportRecord.Accepted.class);
        return ((ImportRecord.Accepted) r).signal();
    }

    @Test
    void mapsAGdelt2RowOntoAReadableIncident() {
        Signal s = acceptedSignal(only(ImportFormat.GDELT2, gdelt2Row(Map.of())));
        assertThat(s.key().id()).isEqualTo("gdelt2-741917999");
        assertThat(s.key().situation()).isEqualTo(SITUATION);
        assertThat(s.kind()).isEqualTo(SignalKind.INCIDENT);
        assertThat(s.source()).isEqualTo("GDELT 2.0");
        assertThat(s.sourceId()).isEqualTo("premiumtimesng.com");
        assertThat(s.sourceType()).isEqualTo(SourceType.EVENT_DATA);
        assertThat(s.reliability()).isEqualTo(Reliability.D);
        assertThat(s.credibility()).isEqualTo(Credibility.POSSIBLY_TRUE); // 12 articles
        assertThat(s.time()).isEqualTo(SignalTime.day(LocalDate.of(2018, 3, 26)));
        assertThat(s.place().name()).isEqualTo("Maiduguri, Borno, Nigeria");
        assertThat(s.place().lat()).isEqualTo(11.8464);
        assertThat(s.place().lon()).isEqualTo(13.1603);
        assertThat(s.place().country()).isEqualTo("NG");
        assertThat(s.summary()).isEqualTo("2018-03-26: Nigeria (NGA MIL) fights with Boko Haram (NGA REB) in Maiduguri, Borno, Nigeria"
                + " [CAMEO 190 use conventional military force; Goldstein -10.0; 12 articles]");
        assertThat(s.indicators()).containsExactly("RF01.01");
        assertThat(s.tags()).containsExactly("gdelt", "violence");
        assertThat(s.fatalities()).isNull();
        assertThat(s.ref()).isEqualTo("https://www.premiumtimesng.com/news/top-news/262853-boko-haram.html");
        assertThat(s.attributes()).containsEntry("EventCode", "190").containsEntry("ActionGeo_CountryCode", "NI")
                .containsEntry("NumArticles", "12").containsEntry("Actor2Name", "BOKO HARAM");
        assertThat(s.receipt().channel()).isEqualTo(Channel.IMPORT_GDELT2);
        assertThat(s.receipt().recordedAt()).isEqualTo(Readers.RECORDED);
    }

    @Test
    void gradesASingleOutletsFewArticlesAsDoubtful() {
        Signal s = acceptedSignal(only(ImportFormat.GDELT2, gdelt2Row(Map.of("NumArticles", "2", "NumSources", "1"))));
        assertThat(s.credibility()).isEqualTo(Credibility.DOUBTFUL);
        assertThat(GdeltMapper.credibility(2L, 2L)).isEqualTo(Credibility.POSSIBLY_TRUE);
    }

    @ParameterizedTest(name = "{0}={1} is refused on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SQLDATE        | 20180231   | SQLDATE        | must be a date written YYYYMMDD
            SQLDATE        | 2018-03-26 | SQLDATE        | must be a date written YYYYMMDD
            SQLDATE        | 17000101   | SQLDATE        | must be a year between 1800 and 2200
            GLOBALEVENTID  | 74191A     | GLOBALEVENTID  | must be a whole number (the GDELT event id)
            ActionGeo_Lat  | 95.5       | ActionGeo_Lat  | must be between -90 and 90
            ActionGeo_Long | -181       | ActionGeo_Long | must be between -180 and 180
            ActionGeo_Lat  | north      | ActionGeo_Lat  | must be a number
            NumArticles    | -3         | NumArticles    | must be a whole number of 0 or more
            """)
    void refusesABadValueNamingItsColumn(String column, String value, String field, String reason) {
        ImportRecord r = only(ImportFormat.GDELT2, gdelt2Row(Map.of(column, value)));
        assertThat(r).isInstanceOf(ImportRecord.Rejected.class);
        assertThat(((ImportRecord.Rejected) r).errors()).containsExactly(new FieldError(field, reason));
    }

    @Test
    void refusesARowWithTheWrongColumnCountAndReadsOn() {
        String good = gdelt2Row(Map.of());
        String shortRow = good.substring(0, good.lastIndexOf('\t')) + "\n"; // 60 columns
        List<ImportRecord> records = readAll(ImportFormat.GDELT2, good + shortRow + good.replace("741917999", "741918000"), SITUATION);
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(ImportRecord.Rejected.class, r -> {
            assertThat(r.recordNumber()).isEqualTo(2);
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.errors()).containsExactly(new FieldError("$", "has 60 tab-separated columns; GDELT 2.0 event rows have 61"));
        });
        assertThat(records.get(2)).isInstanceOf(ImportRecord.Accepted.class);
    }

    @Test
    void leavesCoordinatesOutWhenTheyAreEmptyOrGdeltsZeroFiller() {
        Signal empty = acceptedSignal(only(ImportFormat.GDELT2, gdelt2Row(Map.of("ActionGeo_Lat", "", "ActionGeo_Long", ""))));
        Signal zero = acceptedSignal(only(ImportFormat.GDELT2, gdelt2Row(Map.of("ActionGeo_Lat", "0", "ActionGeo_Long", "0"))));
        assertThat(empty.place().hasCoordinates()).isFalse();
        assertThat(zero.place().hasCoordinates()).isFalse();
        assertThat(zero.place().name()).isEqualTo("Maiduguri, Borno, Nigeria");
    }

    @Test
    void keepsAnUnknownCountryCodeInAttributesOnly() {
        Signal s = acceptedSignal(only(ImportFormat.GDELT2, gdelt2Row(Map.of("ActionGeo_CountryCode", "QQ"))));
        assertThat(s.place().country()).isNull();
        assertThat(s.attributes()).containsEntry("ActionGeo_CountryCode", "QQ");
    }

    @Test
    void replacesUndecodableBytesAndNulsInsteadOfFailing() throws IOException {
        byte[] row = gdelt2Row(Map.of("ActionGeo_FullName", "Maiduguri@, Borno, Nigeria", "Actor2Name", "BOKO\u0000HARAM"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < row.length; i++) if (row[i] == '@') row[i] = (byte) 0xE9; // Latin-1 é: not UTF-8
        List<ImportRecord> records = readAll(ImportFormat.GDELT2, new ByteArrayInputStream(row), SITUATION, null);
        Signal s = acceptedSignal(records.getFirst());
        assertThat(s.place().name()).isEqualTo("Maiduguri\uFFFD, Borno, Nigeria");
        assertThat(s.summary()).doesNotContain("\u0000").contains("Boko\uFFFDharam");
    }

    @Test
    void restoresLeadingZerosACsvToolDroppedFromCameoCodes() {
        String csv = String.join(",", Gdelt1Reader.COLUMNS) + ",SOURCEURL\n"
                + String.join(",", gdelt1Values(Map.of("EventCode", "43", "EventBaseCode", "43", "EventRootCode", "4"))) + "\n";
        Signal s = acceptedSignal(only(ImportFormat.GDELT1, csv));
        assertThat(s.attributes()).containsEntry("EventCode", "43");
        assertThat(s.summary()).contains("consults with").endsWith("[CAMEO 043 host a visit]");
    }

    private static List<String> gdelt1Values(Map<String, String> changes) {
        Map<String, String> v = new HashMap<>(Map.of("GLOBALEVENTID", "5", "SQLDATE", "19940101", "Actor1Name", "NA",
                "Actor2Code", "DZA", "Actor2Name", "ALGERIA", "ActionGeo_FullName", "\"Algiers, Alger, Algeria\"",
                "ActionGeo_CountryCode", "AG", "ActionGeo_Lat", "36.7631", "ActionGeo_Long", "3.05056", "SOURCEURL", "NA"));
        v.putAll(changes);
        List<String> out = new ArrayList<>();
        for (String c : Gdelt1Reader.COLUMNS) out.add(v.getOrDefault(c, "NA"));
        out.add(v.get("SOURCEURL"));
        return out;
    }

    @Test
    void readsTheHeaderedCommaVariantByColumnNameWithNaAsMissing() {
        String csv = String.join(",", Gdelt1Reader.COLUMNS) + ",SOURCEURL,row_id\n"
                + String.join(",", gdelt1Values(Map.of("EventCode", "190", "EventRootCode", "19"))) + ",1\n";
        List<ImportRecord> records = readAll(ImportFormat.GDELT1, csv, SITUATION);
        assertThat(records).singleElement().isInstanceOfSatisfying(ImportRecord.Accepted.class, a -> {
            assertThat(a.recordNumber()).isEqualTo(1);
            assertThat(a.line()).isEqualTo(2);
            Signal s = a.signal();
            assertThat(s.key().id()).isEqualTo("gdelt1-5");
            assertThat(s.place().name()).isEqualTo("Algiers, Alger, Algeria");
            assertThat(s.place().country()).isEqualTo("DZ");
            assertThat(s.sourceId()).isEqualTo("gdelt");
            assertThat(s.ref()).isEqualTo("GDELT 1.0 event 5");
            assertThat(s.summary()).startsWith("1994-01-01: An unidentified actor fights with Algeria (DZA) in Algiers");
            assertThat(s.attributes()).doesNotContainKey("Actor1Name").doesNotContainKey("SOURCEURL");
            assertThat(s.receipt().channel()).isEqualTo(Channel.IMPORT_GDELT1);
        });
    }

    @Test
    void derivesTheSourceFromTheArticlesHost() {
        assertThat(GdeltMapper.sourceId("https://www.bbc.co.uk/news/world-africa-1")).isEqualTo("bbc.co.uk");
        assertThat(GdeltMapper.sourceId("http://PUNCHNG.com/x?y=1")).isEqualTo("punchng.com");
        assertThat(GdeltMapper.sourceId("BBC Monitoring")).isEqualTo("bbc-monitoring");
        assertThat(GdeltMapper.sourceId(null)).isEqualTo("gdelt");
        assertThat(GdeltMapper.sourceId("http://exa mple.com/ broken")).isEqualTo("gdelt");
    }

    @Test
    void readsEveryRowOfTheGdelt2FifteenMinuteExport() {
        List<ImportRecord> records = readAll(ImportFormat.GDELT2, shared("data/gdelt/gdelt2-20180326044500.export.CSV"), SITUATION);
        assertThat(rejected(records)).isEmpty();
        assertThat(accepted(records)).hasSize(1540);
        assertThat(records).extracting(ImportRecord::recordNumber).startsWith(1L, 2L).endsWith(1540L);
        Signal first = accepted(records).getFirst().signal();
        assertThat(first.key().id()).isEqualTo("gdelt2-741917022");
        assertThat(first.time().date()).isEqualTo(LocalDate.of(2017, 3, 26));
        assertThat(first.place().country()).isEqualTo("IN");
        assertThat(first.place().lat()).isEqualTo(20.0);
        assertThat(first.place().lon()).isEqualTo(77.0);
        assertThat(first.sourceId()).isEqualTo("yourstory.com");
        assertThat(first.summary()).startsWith("2017-03-26: Company (BUS) provides aid to Microsoft (MNC USA) in India [CAMEO 071 provide economic aid;");
        Set<String> ids = new HashSet<>();
        accepted(records).forEach(a -> ids.add(a.signal().key().id()));
        assertThat(ids).hasSize(1540);
        // Burkina Faso is FIPS UV
        assertThat(accepted(records)).filteredOn(a -> a.signal().key().id().equals("gdelt2-741917073"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signal().place().country()).isEqualTo("BF");
                    assertThat(a.signal().indicators()).containsExactly("RF01.01");
                });
    }

    @Test
    void readsTheGdelt2Sample() {
        List<ImportRecord> records = readAll(ImportFormat.GDELT2, shared("data/gdelt/samples/gdelt2-events-sample.tsv"), SITUATION);
        assertThat(accepted(records)).hasSize(100);
    }

    @Test
    void readsTheGdelt1SampleMixingBackfileAndDailyRows() {
        List<ImportRecord> records = readAll(ImportFormat.GDELT1, shared("data/gdelt/samples/gdelt1-events-sample.tsv"), SITUATION);
        assertThat(rejected(records)).isEmpty();
        assertThat(accepted(records)).hasSize(100);
        Signal backfile = accepted(records).getFirst().signal(); // 57 columns, no SOURCEURL
        assertThat(backfile.key().id()).isEqualTo("gdelt1-0");
        assertThat(backfile.sourceId()).isEqualTo("gdelt");
        assertThat(backfile.place().hasCoordinates()).isFalse();
        Signal second = accepted(records).get(1).signal();
        assertThat(second.place().country()).isEqualTo("NG"); // FIPS NI is Nigeria
        ImportRecord.Accepted daily = accepted(records).get(40); // line 41: 58 columns, SOURCEURL "BBC Monitoring"
        assertThat(daily.line()).isEqualTo(41);
        assertThat(daily.signal().sourceId()).isEqualTo("bbc-monitoring");
        assertThat(daily.signal().attributes()).containsEntry("SOURCEURL", "BBC Monitoring");
        assertThat(accepted(records).get(41).signal().sourceId()).isEqualTo("bangkokpost.com");
    }

    @Test
    void readsEveryFileOfTheGdelt1WestAfricaBackfile() throws IOException {
        Path dir = shared("data/gdelt/gdelt1-westafrica-conflict-1979-1997");
        Map<String, Integer> perFile = new TreeMap<>();
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> roots = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int rejected = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
            for (Path file : files) {
                List<ImportRecord> records = readAll(ImportFormat.GDELT1, file, SITUATION);
                rejected += rejected(records).size();
                perFile.put(file.getFileName().toString(), accepted(records).size());
                for (ImportRecord.Accepted a : accepted(records)) {
                    Signal s = a.signal();
                    ids.add(s.key().id());
                    countries.merge(String.valueOf(s.place().country()), 1, Integer::sum);
                    roots.merge(s.attributes().get("EventRootCode"), 1, Integer::sum);
                }
            }
        }
        assertThat(rejected).isZero();
        assertThat(perFile).hasSize(19).containsEntry("1994.csv", 7_429).containsEntry("1997.csv", 12_106);
        assertThat(perFile.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(83_659);
        assertThat(ids).hasSize(83_659); // GLOBALEVENTID is unique across the files (row_id is not)
        assertThat(countries).containsEntry("NG", 14_404).containsEntry("DZ", 16_732).containsEntry("LR", 8_139)
                .containsEntry("TD", 4_381).doesNotContainKey("null");
        assertThat(roots).containsEntry("19", 47_358).containsEntry("17", 26_652).containsEntry("18", 9_078).containsEntry("20", 571);
    }

    @Test
    void mapsTheFirstRowOfThe1994WestAfricaFile() {
        List<ImportRecord> records = readAll(ImportFormat.GDELT1, shared("data/gdelt/gdelt1-westafrica-conflict-1979-1997/1994.csv"), SITUATION);
        ImportRecord.Accepted first = accepted(records).getFirst();
        assertThat(first.recordNumber()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(2);
        Signal s = first.signal();
        assertThat(s.key().id()).isEqualTo("gdelt1-12493469");
        assertThat(s.time()).isEqualTo(SignalTime.day(LocalDate.of(1994, 1, 1)));
        assertThat(s.place().name()).isEqualTo("Algiers, Alger, Algeria");
        assertThat(s.place().lat()).isEqualTo(36.7631);
        assertThat(s.place().lon()).isEqualTo(3.05056);
        assertThat(s.place().country()).isEqualTo("DZ");
        assertThat(s.fatalities()).isNull();
        assertThat(s.credibility()).isEqualTo(Credibility.DOUBTFUL);
        assertThat(s.indicators()).containsExactly("RF01.01");
        assertThat(s.summary()).isEqualTo("1994-01-01: An unidentified actor fights with Algeria (DZA) in Algiers, Alger, Algeria"
                + " [CAMEO 190 use conventional military force; Goldstein -10.0; 2 articles]");
    }
}
