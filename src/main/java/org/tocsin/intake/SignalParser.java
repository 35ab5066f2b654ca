package org.tocsin.intake;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import org.tocsin.situation.SituationId;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses one signal in the case-file JSON shape (snake_case) into a {@link Signal}, collecting every
 * problem with the field it concerns rather than stopping at the first. Untrusted input stops here:
 * what passes is a well-formed signal whose strings PostgreSQL can store.
 */
public final class SignalParser {

    public static final int MAX_SUMMARY = 20_000;
    public static final int MAX_SHORT = 1_000;
    public static final int MAX_LIST = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}");
    private static final Set<String> OUTCOMES = Set.of("approved", "refused", "deferred", "partial");
    static final Set<String> FIELDS = Set.of("situation", "id", "date", "date_precision", "date_end", "kind", "source",
            "source_id", "source_type", "reliability", "credibility", "location", "lat", "lon", "country", "summary",
            "indicators", "tags", "mitigating", "recipients", "fatalities", "ref", "marking", "relays", "implicates",
            "action", "requested_by", "deadline", "responds_to", "outcome", "ground", "label", "critical", "attributes");

    private final Taxonomy taxonomy;

    public SignalParser(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public Parsed<Signal> parse(JsonNode node, SignalDefaults defaults, Receipt receipt) {
        if (node == null || !node.isObject()) return Parsed.refused("$", "a signal must be a JSON object");
        Fields f = new Fields(node);
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) f.error(safeName(name), "unknown field");
        }
        String situation = defaults.situation() != null ? defaults.situation()
                : f.string("situation", true, 64);
        if (situation != null && defaults.situation() == null && !SituationId.valid(situation)) {
            f.error("situation", "must be a slug of lower-case letters, digits and hyphens (at most 64)");
        }
        String id = f.string("id", true, 128);
        if (id != null && !ID.matcher(id).matches()) {
            f.error("id", "must start with a letter or digit and use only letters, digits and . _ : ~ - (at most 128)");
        }
        LocalDate date = f.date("date", true);
        DatePrecision precision = f.enumeration("date_precision", false, DatePrecision::parse, "day, week, month, year or range");
        if (precision == null) precision = DatePrecision.DAY;
        LocalDate end = f.date("date_end", false);
        SignalTime time = null;
        if (date != null) {
            if (precision == DatePrecision.RANGE && end == null) f.error("date_end", "is required when date_precision is range");
            else if (precision != DatePrecision.RANGE && end != null) f.error("date_end", "is allowed only when date_precision is range");
            else if (end != null && end.isBefore(date)) f.error("date_end", "is before date");
            else time = new SignalTime(date, precision, end);
        }
        SignalKind kind = f.enumeration("kind", true, SignalKind::parse,
                "field_report, intelligence, media, ngo_report, diplomatic_cable, public_statement, incident, request or decision");
        String source = f.string("source", true, MAX_SHORT);
        String sourceId = f.string("source_id", false, 200);
        SourceType sourceType = f.enumeration("source_type", true, SourceType::parse,
                "un_field, un_hq, government, intelligence, ngo, church, media, informant, security_council, member_state or event_data");
        Reliability reliability = f.enumeration("reliability", true, Reliability::parse, "a letter A to F (Admiralty source reliability)");
        Credibility credibility = f.credibility();
        String location = f.string("location", false, MAX_SHORT);
        Double lat = f.number("lat", -90, 90);
        Double lon = f.number("lon", -180, 180);
        if ((lat == null) != (lon == null) && !f.hasError("lat") && !f.hasError("lon")) {
            f.error(lat == null ? "lat" : "lon", "lat and lon must be given together");
        }
        String country = f.string("country", false, 2);
        if (country != null && !country.matches("[A-Z]{2}")) f.error("country", "must be an ISO 3166-1 alpha-2 code such as RW");
        String summary = f.string("summary", true, MAX_SUMMARY);
        List<String> indicators = f.list("indicators", 32);
        for (int i = 0; i < indicators.size(); i++) {
            String code = indicators.get(i);
            if (!Taxonomy.wellFormed(code)) f.error("indicators[" + i + "]", "must be a Framework of Analysis code such as RF07 or RF07.04");
            else if (!taxonomy.knows(code)) f.error("indicators[" + i + "]", "is not in the Framework of Analysis taxonomy " + taxonomy.version());
        }
        List<String> tags = f.list("tags", 200);
        Boolean mitigating = f.bool("mitigating");
        List<String> recipients = f.list("recipients", MAX_SHORT);
        Integer fatalities = f.integer("fatalities", 0, 100_000_000);
        String ref = f.string("ref", false, MAX_SHORT * 4);
        String marking = f.string("marking", false, 200);
        List<String> relays = f.list("relays", 128);
        List<String> implicates = f.list("implicates", 128);
        String action = f.string("action", false, MAX_SHORT * 4);
        String requestedBy = f.string("requested_by", false, MAX_SHORT);
        String deadline = f.string("deadline", false, 100);
        if (action == null && (requestedBy != null || deadline != null)) {
            f.error("action", "is required when requested_by or deadline is given");
        }
        String respondsTo = f.string("responds_to", false, 128);
        String outcome = f.string("outcome", false, 20);
        if (outcome != null && !OUTCOMES.contains(outcome)) f.error("outcome", "must be approved, refused, deferred or partial");
        String ground = f.string("ground", false, 200);
        Tlp label = f.enumeration("label", false, Tlp::parse, "CLEAR, GREEN, AMBER, AMBER+STRICT or RED (TLP 2.0)");
        Boolean critical = f.bool("critical");
        Map<String, String> attributes = f.attributes();

        if (!f.errors.isEmpty()) return Parsed.refused(f.errors);
        Place place = new Place(location, lat, lon, country);
        RequestDetails request = action == null ? null : new RequestDetails(action, requestedBy, deadline);
        DecisionDetails decision = (respondsTo == null && outcome == null && ground == null) ? null
                : new DecisionDetails(respondsTo, outcome, ground);
        return Parsed.ok(new Signal(new SignalKey(situation, id), kind, source, sourceId, sourceType, reliability,
                credibility, place, time, summary, indicators, tags, Boolean.TRUE.equals(mitigating), recipients,
                fatalities, ref, marking, relays, implicates, request, decision,
                label != null ? label : labelFor(marking, defaults.label()), Boolean.TRUE.equals(critical), attributes, receipt));
    }

    /**
     * Without an explicit label, a sender's own handling marking sets the floor: a cable marked "NO
     * DISTRIBUTION" is RED whatever the batch default (M4: the marking travels with the message and is
     * never silently widened; only a recorded decision widens it).
     */
    static Tlp labelFor(String marking, Tlp fallback) {
        Tlp marked = Tlp.fromMarking(marking).orElse(null);
        return marked != null && marked.isNarrowerThan(fallback) ? marked : fallback;
    }

    /** A field name from the client, shortened and stripped so it is safe to echo. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned.isEmpty() ? "?" : cleaned;
    }

    /** True when the text can be stored as PostgreSQL text: no NUL, no lone surrogate. */
    static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) return false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Fields {
        final JsonNode node;
        final List<FieldError> errors = new ArrayList<>();

        Fields(JsonNode node) { this.node = node; }

        void error(String field, String reason) { errors.add(new FieldError(field, reason)); }

        boolean hasError(String field) { return errors.stream().anyMatch(e -> e.field().equals(field)); }

        JsonNode present(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        String string(String name, boolean required, int max) {
            JsonNode v = present(name);
            if (v == null) {
                if (required) error(name, "is required");
                return null;
            }
            if (!v.isString()) {
                error(name, "must be a string");
                return null;
            }
            return checkText(name, v.stringValue(), required, max);
        }

        String checkText(String name, String s, boolean required, int max) {
            if (!storable(s)) {
                error(name, "contains a NUL character or invalid Unicode");
                return null;
            }
            if (s.isBlank()) {
                if (required) error(name, "must not be blank");
                return null;
            }
            if (s.length() > max) {
                error(name, "is longer than " + max + " characters");
                return null;
            }
            return s;
        }

        LocalDate date(String name, boolean required) {
            String s = string(name, required, 10);
            if (s == null) return null;
            try {
                LocalDate d = LocalDate.parse(s);
                if (d.getYear() < 1800 || d.getYear() > 2200) {
                    error(name, "must be a year between 1800 and 2200");
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                error(name, "must be a date written YYYY-MM-DD");
                return null;
            }
        }

        <E> E enumeration(String name, boolean required, Function<String, java.util.Optional<E>> parse, String expected) {
            JsonNode v = present(name);
            if (v == null) {
                if (required) error(name, "is required: " + expected);
                return null;
            }
            if (!v.isString()) {
                error(name, "must be a string: " + expected);
                return null;
            }
            var parsed = parse.apply(v.stringValue());
            if (parsed.isEmpty()) error(name, "must be " + expected);
            return parsed.orElse(null);
        }

        Credibility credibility() {
            JsonNode v = present("credibility");
            String expected = "a digit \"1\" to \"6\" (Admiralty information credibility)";
            if (v == null) {
                error("credibility", "is required: " + expected);
                return null;
            }
            java.util.Optional<Credibility> c = v.isString() ? Credibility.parse(v.stringValue())
                    : v.isIntegralNumber() && v.canConvertToInt() ? Credibility.parse(Integer.toString(v.intValue()))
                    : java.util.Optional.empty();
            if (c.isEmpty()) error("credibility", "must be " + expected);
            return c.orElse(null);
        }

        Double number(String name, double min, double max) {
            JsonNode v = present(name);
            if (v == null) return null;
            if (!v.isNumber()) {
                error(name, "must be a number");
                return null;
            }
            double d = v.doubleValue();
            if (!Double.isFinite(d) || d < min || d > max) {
                error(name, "must be between " + (int) min + " and " + (int) max);
                return null;
            }
            return d;
        }

        Integer integer(String name, int min, int max) {
            JsonNode v = present(name);
            if (v == null) return null;
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
                error(name, "must be a whole number between " + min + " and " + max);
                return null;
            }
            return v.intValue();
        }

        Boolean bool(String name) {
            JsonNode v = present(name);
            if (v == null) return null;
            if (!v.isBoolean()) {
                error(name, "must be true or false");
                return null;
            }
            return v.booleanValue();
        }

        List<String> list(String name, int maxItem) {
            JsonNode v = present(name);
            if (v == null) return List.of();
            if (!v.isArray()) {
                error(name, "must be an array of strings");
                return List.of();
            }
            if (v.size() > MAX_LIST) {
                error(name, "has more than " + MAX_LIST + " items");
                return List.of();
            }
            List<String> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                String field = name + "[" + i + "]";
                if (!item.isString()) {
                    error(field, "must be a string");
                    continue;
                }
                String s = checkText(field, item.stringValue(), true, maxItem);
                if (s != null) out.add(s);
            }
            return out;
        }

        Map<String, String> attributes() {
            JsonNode v = present("attributes");
            if (v == null) return Map.of();
            if (!v.isObject()) {
                error("attributes", "must be an object of strings");
                return Map.of();
            }
            if (v.size() > MAX_LIST) {
                error("attributes", "has more than " + MAX_LIST + " entries");
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (var e : v.properties()) {
                String field = "attributes." + safeName(e.getKey());
                if (!e.getValue().isString() && !e.getValue().isNumber()) {
                    error(field, "must be a string or a number");
                    continue;
                }
                String key = checkText(field, e.getKey(), true, 100);
                String val = checkText(field, e.getValue().asString(), false, MAX_SHORT);
                if (key != null && val != null) out.put(key, val);
            }
            return out;
        }
    }
}
