package org.tocsin.intake.format;

import org.tocsin.common.FieldError;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.Place;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalParser;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UCDP Georeferenced Event Dataset (GED) events: CSV with a header row, RFC 4180 quoting (source
 * texts span lines), columns by name. Each record's {@code line} is the physical line it starts on.
 * The mapping, with its reasons, is in docs/formats.md.
 */
public final class UcdpReader extends AbstractRecordReader {

    static final int MAX_RECORD_CHARS = 1 << 20;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    // GED releases write dates as 2013-12-05, 2013-12-05 00:00:00.000 or 2013-12-05T00:00:00
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    // ged231-..., GEDEvent_v23_1.csv, ged23.1.csv: the release is major.minor
    private static final Pattern VERSION = Pattern.compile("(?i)ged(?:event)?[_-]?v?(\\d{2})[._-]?(\\d)(?!\\d)");
    private static final List<String> ATTRIBUTES = List.of("type_of_violence", "conflict_new_id", "conflict_name",
            "dyad_new_id", "dyad_name", "side_a", "side_b", "best", "low", "high", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
            "priogrid_gid", "date_prec", "date_start", "date_end", "event_clarity", "country_id", "country",
            "number_of_sources", "source_office", "source_date", "source_headline", "source_article", "source_original",
            "code_status", "active_year", "relid");

    private final CsvTokenizer csv;
    private final String situation;
    private final Tlp label;
    private final Receipt receipt;
    private final String source;
    private final CodeTables codes = CodeTables.standard();
    private Map<String, Integer> header;
    private long records;

    /** @param version the GED release, e.g. "23.1", or null when unknown (the source is then "UCDP GED") */
    public UcdpReader(InputStream in, ImportContext ctx, String version) {
        this.situation = RecordReaders.requireSituation(ctx);
        this.label = ctx.defaultLabel();
        this.receipt = new Receipt(ctx.receipt().recordedAt(), ctx.receipt().submittedBy(), Channel.IMPORT_UCDP);
        this.source = version == null ? "UCDP GED" : "UCDP GED " + version;
        // UCDP's files are clean UTF-8; a stray byte still should not cost a record, so replace rather than fail
        this.csv = new CsvTokenizer(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                ',', MAX_RECORD_CHARS);
    }

    /** The GED release named in a file name ("ged231-central-african-republic.csv" is 23.1), or null. */
    public static String versionFromFileName(String fileName) {
        if (fileName == null) return null;
        Matcher m = VERSION.matcher(fileName);
        return m.find() ? m.group(1) + "." + m.group(2) : null;
    }

    @Override
    protected ImportRecord read() throws IOException {
        while (true) {
            CsvTokenizer.Row row = csv.next();
            if (row == null) return null;
            if (row.blank()) continue;
            if (header == null && row.problem() == null) {
                header = new HashMap<>();
                for (int i = 0; i < row.fields().size(); i++) header.putIfAbsent(row.fields().get(i).strip(), i);
                continue;
            }
            if (row.problem() != null) return reject(row.line(), row.problem());
            if (row.fields().size() != header.size()) {
                return reject(row.line(), "has " + row.fields().size() + " fields; the header has " + header.size());
            }
            List<String> fields = row.fields();
            return map(++records, row.line(), name -> {
                Integer i = header.get(name);
                String v = i == null ? null : fields.get(i);
                return v == null || v.isBlank() ? null : v.strip();
            });
        }
    }

    private ImportRecord reject(long line, String reason) {
        return new ImportRecord.Rejected(++records, line, List.of(new FieldError("$", reason)));
    }

    private ImportRecord map(long recordNumber, long line, Function<String, String> col) {
        List<FieldError> errors = new ArrayList<>();
        String idText = col.apply("id");
        if (idText == null) errors.add(new FieldError("id", "is required"));
        else if (!DIGITS.matcher(idText).matches()) errors.add(new FieldError("id", "must be a whole number (the UCDP event id)"));
        LocalDate start = date(col.apply("date_start"), "date_start", true, errors);
        LocalDate end = date(col.apply("date_end"), "date_end", false, errors);
        if (start != null && end != null && end.isBefore(start)) errors.add(new FieldError("date_end", "is before date_start"));
        Integer datePrec = Numbers.whole(col.apply("date_prec"), "date_prec", 1, 5, "must be a whole number from 1 to 5", errors);
        Integer type = Numbers.whole(col.apply("type_of_violence"), "type_of_violence", 1, 3,
                "must be 1 (state-based), 2 (non-state) or 3 (one-sided)", errors);
        if (col.apply("type_of_violence") == null) errors.add(new FieldError("type_of_violence", "is required"));
        Integer best = Numbers.whole(col.apply("best"), "best", 0, 100_000_000, "must be a whole number of 0 or more", errors);
        Integer low = Numbers.whole(col.apply("low"), "low", 0, 100_000_000, "must be a whole number of 0 or more", errors);
        Integer high = Numbers.whole(col.apply("high"), "high", 0, 100_000_000, "must be a whole number of 0 or more", errors);
        Integer clarity = Numbers.whole(col.apply("event_clarity"), "event_clarity", 1, 2, "must be 1 (high) or 2 (low)", errors);
        Double lat = Numbers.decimal(col.apply("latitude"), "latitude", -90, 90, errors);
        Double lon = Numbers.decimal(col.apply("longitude"), "longitude", -180, 180, errors);
        if ((lat == null) != (lon == null) && errors.stream().noneMatch(e -> e.field().equals("latitude") || e.field().equals("longitude"))) {
            errors.add(new FieldError(lat == null ? "latitude" : "longitude", "must be given with the other coordinate"));
        }
        if (!errors.isEmpty()) return new ImportRecord.Rejected(recordNumber, line, errors);

        long id = Long.parseLong(idText);
        String country = col.apply("country_id") != null && col.apply("country_id").matches("\\d{1,4}")
                ? codes.isoForGw(Integer.parseInt(col.apply("country_id"))).orElse(null) : null;
        String where = Text.clean(firstOf(col, "where_coordinates", "adm_1", "country"), SignalParser.MAX_SHORT);
        Place place = new Place(where, lat, lon, country);
        SignalTime time = time(start, end, datePrec);

        String sideA = Text.clean(col.apply("side_a"), 300);
        String sideB = Text.clean(col.apply("side_b"), 300);
        String summary = (sideA != null ? sideA : "Unknown side") + " vs " + (sideB != null ? sideB : "unknown side")
                + " (" + typeName(type) + "): " + fatalities(best, low, high) + " at " + (where != null ? where : "an unknown location")
                + ", " + (end != null && !end.equals(start) ? start + " to " + end : start.toString());
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            String v = Text.clean(col.apply(name), SignalParser.MAX_SHORT);
            if (v != null) attributes.put(name, v);
        }
        String article = col.apply("source_article");
        String ref = Text.clip(source + " event " + id + (article != null ? ": " + Text.storable(article) : ""), SignalParser.MAX_SHORT);
        String office = primaryOffice(col.apply("source_office"));

        Signal signal = new Signal(new SignalKey(situation, "ucdp-" + id), SignalKind.INCIDENT, source,
                office != null ? office : "ucdp", SourceType.EVENT_DATA, Reliability.B,
                clarity != null && clarity == 2 ? Credibility.POSSIBLY_TRUE : Credibility.PROBABLY_TRUE, place, time,
                Text.clip(Text.storable(summary), SignalParser.MAX_SUMMARY), indicators(type),
                List.of("ucdp", "violence", typeTag(type)), false, List.of(), best, ref, null, List.of(), List.of(),
                null, null, label, false, attributes, receipt);
        return new ImportRecord.Accepted(recordNumber, line, signal);
    }

    /**
     * UCDP gives every event an explicit window, date_start..date_end, and date_prec says why it is
     * that wide; the window is the more exact statement (a "month" event of 13–30 September is not
     * the whole of September), so it wins. Only without date_end does date_prec set the precision.
     */
    static SignalTime time(LocalDate start, LocalDate end, Integer datePrec) {
        if (end != null) return SignalTime.range(start, end);
        DatePrecision p = datePrec == null ? DatePrecision.DAY : switch (datePrec) {
            case 1 -> DatePrecision.DAY;
            case 2, 3 -> DatePrecision.WEEK;
            case 4 -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
        return SignalTime.of(start, p);
    }

    /** Framework of Analysis indicators per UCDP type of violence; see docs/formats.md. */
    static List<String> indicators(int type) {
        return switch (type) {
            case 1 -> List.of("RF01.01"); // state-based armed conflict
            case 2 -> List.of("RF01.05"); // non-state conflict: armed opposition, disputes over power
            default -> List.of("RF11.01"); // one-sided violence against civilians
        };
    }

    private static String typeName(int type) {
        return switch (type) {
            case 1 -> "state-based conflict";
            case 2 -> "non-state conflict";
            default -> "one-sided violence";
        };
    }

    private static String typeTag(int type) {
        return switch (type) {
            case 1 -> "state-based";
            case 2 -> "non-state";
            default -> "one-sided";
        };
    }

    private static String fatalities(Integer best, Integer low, Integer high) {
        if (best == null) return "fatalities unknown";
        String s = best + " killed";
        if (low != null && high != null && (!low.equals(best) || !high.equals(best))) s += " (" + low + "–" + high + ")";
        return s;
    }

    /**
     * The first of the ';'-separated offices ("Reuters News;Agence France Presse"): the source the
     * event chiefly rests on. Slugging the whole list would make every combination a new source.
     */
    static String primaryOffice(String offices) {
        if (offices == null) return null;
        for (String office : offices.split(";")) {
            String slug = Text.slug(office, 100);
            if (slug != null) return slug;
        }
        return null;
    }

    private static String firstOf(Function<String, String> col, String... names) {
        for (String n : names) {
            String v = col.apply(n);
            if (v != null) return v;
        }
        return null;
    }

    private static LocalDate date(String text, String column, boolean required, List<FieldError> errors) {
        if (text == null) {
            if (required) errors.add(new FieldError(column, "is required"));
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                LocalDate d = LocalDate.parse(m.group(1));
                if (d.getYear() >= 1800 && d.getYear() <= 2200) return d;
                errors.add(new FieldError(column, "must be a year between 1800 and 2200"));
                return null;
            } catch (DateTimeParseException e) {
                // falls through: not a calendar date
            }
        }
        errors.add(new FieldError(column, "must be a date written YYYY-MM-DD"));
        return null;
    }

    @Override
    public void close() throws IOException { csv.close(); }
}
