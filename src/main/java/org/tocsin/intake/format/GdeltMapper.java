package org.tocsin.intake.format;

import org.tocsin.common.FieldError;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.Place;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalParser;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps one GDELT event row (1.0 or 2.0, whatever its layout) onto a signal; the mapping is
 * documented, with its reasons, in docs/formats.md. Columns are looked up by GDELT's names.
 */
final class GdeltMapper {

    /** Which GDELT: the signal's source, its id prefix and the receipt channel. */
    enum Edition {
        GDELT1("GDELT 1.0", "gdelt1-"),
        GDELT2("GDELT 2.0", "gdelt2-");

        final String source;
        final String idPrefix;

        Edition(String source, String idPrefix) {
            this.source = source;
            this.idPrefix = idPrefix;
        }
    }

    /** Attributes kept verbatim for provenance, in this order. */
    private static final List<String> ATTRIBUTES = List.of("GLOBALEVENTID", "EventCode", "EventBaseCode", "EventRootCode",
            "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "IsRootEvent",
            "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final Edition edition;
    private final String situation;
    private final Tlp label;
    private final Receipt receipt;
    private final CodeTables codes;

    GdeltMapper(Edition edition, String situation, Tlp label, Receipt receipt, CodeTables codes) {
        this.edition = edition;
        this.situation = situation;
        this.label = label;
        this.receipt = receipt;
        this.codes = codes;
    }

    /** @param column the raw value of a column by GDELT name, null when the layout lacks it */
    ImportRecord map(long recordNumber, long line, Function<String, String> column) {
        Function<String, String> col = name -> {
            String v = column.apply(name);
            return v == null || v.isBlank() ? null : v.strip();
        };
        List<FieldError> errors = new ArrayList<>();

        String idText = col.apply("GLOBALEVENTID");
        if (idText == null) errors.add(new FieldError("GLOBALEVENTID", "is required"));
        else if (!DIGITS.matcher(idText).matches()) errors.add(new FieldError("GLOBALEVENTID", "must be a whole number (the GDELT event id)"));
        LocalDate date = sqlDate(col.apply("SQLDATE"), errors);
        Double lat = Numbers.decimal(col.apply("ActionGeo_Lat"), "ActionGeo_Lat", -90, 90, errors);
        Double lon = Numbers.decimal(col.apply("ActionGeo_Long"), "ActionGeo_Long", -180, 180, errors);
        if ((lat == null) != (lon == null) && errors.stream().noneMatch(e -> e.field().startsWith("ActionGeo_L"))) {
            errors.add(new FieldError(lat == null ? "ActionGeo_Lat" : "ActionGeo_Long", "must be given with the other coordinate"));
        }
        Double goldstein = Numbers.decimal(col.apply("GoldsteinScale"), "GoldsteinScale", -Double.MAX_VALUE, Double.MAX_VALUE, errors);
        Long sources = Numbers.count(col.apply("NumSources"), "NumSources", errors);
        Long articles = Numbers.count(col.apply("NumArticles"), "NumArticles", errors);
        Numbers.count(col.apply("NumMentions"), "NumMentions", errors);
        if (!errors.isEmpty()) return new ImportRecord.Rejected(recordNumber, line, errors);

        String id = edition.idPrefix + Long.parseLong(idText);
        // GDELT's filler for "no location" is 0,0; no event is geocoded to that point in the ocean.
        if (lat != null && lat == 0 && lon == 0) lat = lon = null;
        String fips = col.apply("ActionGeo_CountryCode");
        Place place = new Place(Text.clean(col.apply("ActionGeo_FullName"), SignalParser.MAX_SHORT), lat, lon,
                codes.isoForFips(fips).orElse(null));

        String root = cameoRoot(col.apply("EventRootCode"), col.apply("EventCode"));
        String eventCode = cameoCode(col.apply("EventCode"), root);
        CodeTables.Classification risk = codes.classify(eventCode != null ? eventCode : root);
        List<String> tags = new ArrayList<>(List.of("gdelt"));
        if (risk.eventClass() != null) tags.add(risk.eventClass());

        String url = col.apply("SOURCEURL");
        String summary = summary(date, col, root, eventCode, goldstein, articles, place.name());
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            String v = Text.clean(col.apply(name), SignalParser.MAX_SHORT);
            if (v != null) attributes.put(name, v);
        }
        String ref = url != null ? Text.clean(url, SignalParser.MAX_SHORT) : edition.source + " event " + Long.parseLong(idText);

        Signal signal = new Signal(new SignalKey(situation, id), SignalKind.INCIDENT, edition.source, sourceId(url),
                SourceType.EVENT_DATA, Reliability.D, credibility(sources, articles), place, SignalTime.day(date),
                Text.clip(Text.storable(summary), SignalParser.MAX_SUMMARY), risk.indicators(), tags, false, List.of(),
                null, ref, null, List.of(), List.of(), null, null, label, false, attributes, receipt);
        return new ImportRecord.Accepted(recordNumber, line, signal);
    }

    private static LocalDate sqlDate(String text, List<FieldError> errors) {
        if (text == null) {
            errors.add(new FieldError("SQLDATE", "is required"));
            return null;
        }
        if (text.length() == 8 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6, 8)));
                if (d.getYear() >= 1800 && d.getYear() <= 2200) return d;
                errors.add(new FieldError("SQLDATE", "must be a year between 1800 and 2200"));
                return null;
            } catch (DateTimeException e) {
                // falls through: not a calendar date
            }
        }
        errors.add(new FieldError("SQLDATE", "must be a date written YYYYMMDD"));
        return null;
    }

    /**
     * Admiralty credibility from how widely the event was reported: machine-coded from news text,
     * a GDELT event is never better than "possibly true" on its own (3), and only when more than one
     * outlet carried it or it ran in at least ten articles; otherwise "doubtful" (4).
     */
    static Credibility credibility(Long sources, Long articles) {
        boolean corroborated = (sources != null && sources >= 2) || (articles != null && articles >= 10);
        return corroborated ? Credibility.POSSIBLY_TRUE : Credibility.DOUBTFUL;
    }

    /** The outlet the event was read from, so that events from different outlets count as different sources. */
    static String sourceId(String url) {
        if (url == null) return "gdelt";
        String host = null;
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() != null) host = uri.getHost();
        } catch (IllegalArgumentException e) {
            // not a URL: GDELT writes "BBC Monitoring" for that service's transcripts
        }
        if (host == null) {
            String slug = Text.slug(url, 64);
            return url.contains("://") || slug == null ? "gdelt" : slug;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        return HOST.matcher(host).matches() && host.length() <= 200 ? host : "gdelt";
    }

    /** Root code, two digits; derived from the event code when the row lacks it. */
    private static String cameoRoot(String root, String eventCode) {
        if (root == null && eventCode != null && eventCode.length() >= 2) root = eventCode.substring(0, 2);
        if (root != null && root.length() == 1) root = "0" + root; // leading zero lost by a spreadsheet or R
        return root;
    }

    /** Event code with a leading zero restored when a tool read it as a number ("43" for "043"). */
    private static String cameoCode(String code, String root) {
        if (code == null || root == null || code.startsWith(root)) return code;
        return ("0" + code).startsWith(root) ? "0" + code : code;
    }

    private String summary(LocalDate date, Function<String, String> col, String root, String eventCode, Double goldstein,
                           Long articles, String placeName) {
        CodeTables.CameoEvent rootEvent = codes.cameo(root).orElse(null);
        String verb = rootEvent != null && rootEvent.verb() != null && !rootEvent.verb().isBlank() ? rootEvent.verb() : "acts";
        String preposition = rootEvent != null && rootEvent.preposition() != null ? rootEvent.preposition() : "towards";
        String actor1 = actor(col.apply("Actor1Name"), col.apply("Actor1Code"));
        String actor2 = actor(col.apply("Actor2Name"), col.apply("Actor2Code"));

        StringBuilder s = new StringBuilder(200).append(date).append(": ");
        s.append(actor1 != null ? actor1 : "An unidentified actor").append(' ').append(verb);
        if (actor2 != null) s.append(' ').append(preposition.isBlank() ? "" : preposition + " ").append(actor2);
        if (placeName != null) s.append(" in ").append(placeName);
        List<String> facts = new ArrayList<>();
        String code = eventCode != null ? eventCode : root;
        if (code != null) {
            String name = codes.cameo(code).or(() -> codes.cameo(code.length() > 3 ? code.substring(0, 3) : null))
                    .map(e -> " " + e.name().toLowerCase(Locale.ROOT)).orElse("");
            facts.add("CAMEO " + code + name);
        }
        if (goldstein != null) facts.add(String.format(Locale.ROOT, "Goldstein %.1f", goldstein));
        if (articles != null) facts.add(articles + (articles == 1 ? " article" : " articles"));
        if (!facts.isEmpty()) s.append(" [").append(String.join("; ", facts)).append(']');
        return s.toString();
    }

    /** "Boko Haram (NGA REB)": the name as a reader would write it, the CAMEO actor code split into its three-letter parts. */
    private static String actor(String name, String code) {
        String n = Text.clean(Text.titleCase(name), 200);
        String c = code == null ? null : Text.clean(String.join(" ", code.split("(?<=\\G...)")), 100);
        if (n != null && c != null) return n + " (" + c + ")";
        return n != null ? n : c;
    }
}
