package org.tocsin.web.console;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SourceType;
import org.tocsin.situation.Situation;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What the signal form holds, as typed. The form's inputs are named as the case-file JSON names its
 * fields, so {@link #toJson} is a plain copy and the parser's field errors land on the right inputs.
 * Nothing is checked here: {@code SignalParser} is the one place that decides what a valid signal is,
 * for the form exactly as for the API. A number that is not one is passed on as text, so that the parser
 * says "must be a number" next to the field rather than the form guessing.
 *
 * <p>{@code id} is generated when the blank form is made and travels in a hidden input: a form sent
 * twice (a double click, a retry on a bad connection) is the same signal, and is stored once.
 *
 * @param accepted indicator codes the reporter accepted from the suggestions
 * @param other    further codes typed by hand (RF07.04, separated by spaces or commas)
 */
record IntakeForm(String id, String summary, List<String> accepted, String other, String date, String datePrecision,
                  String location, String lat, String lon, String country, String kind, String source, String sourceId,
                  String sourceType, String reliability, String credibility, String fatalities, String label,
                  boolean critical, boolean mitigating) {

    /** The inputs of the form, by their JSON names. */
    static final Set<String> FIELDS = Set.of("id", "summary", "indicators", "date", "date_precision", "location", "lat", "lon",
            "country", "kind", "source", "source_id", "source_type", "reliability", "credibility", "fatalities", "label",
            "critical", "mitigating");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    IntakeForm {
        accepted = List.copyOf(accepted);
    }

    /** A blank form: today, a field report, the situation's country, AMBER; no grade (a grade is a judgement to make). */
    static IntakeForm blank(Situation situation, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new IntakeForm(newId(clock), "", List.of(), "", today.toString(), DatePrecision.DAY.wire(), "", "", "",
                situation.country() == null ? "" : situation.country(), SignalKind.FIELD_REPORT.wire(), "", "",
                SourceType.UN_FIELD.wire(), "", "", "", Tlp.AMBER.wire(), false, false);
    }

    /** "web-19940111-3f2a9c01": sortable by day, unique enough, and says where it came from. */
    static String newId(Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return "web-" + today.toString().replace("-", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static IntakeForm from(MultiValueMap<String, String> p) {
        return new IntakeForm(one(p, "id"), one(p, "summary"), codes(p.get("indicators")), one(p, "other_indicators"),
                one(p, "date"), one(p, "date_precision"), one(p, "location"), one(p, "lat"), one(p, "lon"), one(p, "country"),
                one(p, "kind"), one(p, "source"), one(p, "source_id"), one(p, "source_type"), one(p, "reliability"),
                one(p, "credibility"), one(p, "fatalities"), one(p, "label"), p.containsKey("critical"), p.containsKey("mitigating"));
    }

    /** With a new id: after a conflict, so that sending again stores the signal under its own id. */
    IntakeForm withNewId(Clock clock) {
        return new IntakeForm(newId(clock), summary, accepted, other, date, datePrecision, location, lat, lon, country, kind,
                source, sourceId, sourceType, reliability, credibility, fatalities, label, critical, mitigating);
    }

    /** Accepted and hand-typed codes, once each, in the order given. */
    List<String> indicators() {
        Set<String> all = new LinkedHashSet<>(accepted);
        for (String code : other.split("[\\s,;]+")) if (!code.isBlank()) all.add(code.trim().toUpperCase(Locale.ROOT));
        return new ArrayList<>(all);
    }

    /** The signal in the shape {@code SignalParser} reads; blank inputs are left out, as if not given. */
    ObjectNode toJson(String situation) {
        ObjectNode n = JSON.createObjectNode();
        n.put("situation", situation);
        text(n, "id", id);
        text(n, "summary", summary);
        text(n, "date", date);
        text(n, "date_precision", datePrecision);
        text(n, "location", location);
        number(n, "lat", lat, false);
        number(n, "lon", lon, false);
        text(n, "country", country.trim().toUpperCase(Locale.ROOT));
        text(n, "kind", kind);
        text(n, "source", source);
        text(n, "source_id", sourceId);
        text(n, "source_type", sourceType);
        text(n, "reliability", reliability);
        text(n, "credibility", credibility);
        number(n, "fatalities", fatalities, true);
        text(n, "label", label);
        ArrayNode codes = n.putArray("indicators");
        indicators().forEach(codes::add);
        if (critical) n.put("critical", true);
        if (mitigating) n.put("mitigating", true);
        return n;
    }

    public boolean isAccepted(String code) { return accepted.contains(code); }

    private static void text(ObjectNode n, String name, String value) {
        if (value != null && !value.isBlank()) n.put(name, value.strip());
    }

    private static void number(ObjectNode n, String name, String value, boolean whole) {
        if (value == null || value.isBlank()) return;
        // 1,700 or 1 700 deaths; a latitude of -1,95 as a French reader writes it
        String v = whole ? value.strip().replaceAll("[\\s,.'\u00a0\u202f]", "") : value.strip().replace(',', '.');
        try {
            if (whole) n.put(name, Integer.parseInt(v));
            else n.put(name, Double.parseDouble(v));
        } catch (NumberFormatException e) {
            n.put(name, value.strip());
        }
    }

    private static String one(MultiValueMap<String, String> p, String name) {
        String v = p.getFirst(name);
        return v == null ? "" : v;
    }

    /** Codes as sent by the suggestion checkboxes; anything not shaped like a code is dropped here and never echoed. */
    private static List<String> codes(List<String> values) {
        if (values == null) return List.of();
        return values.stream().filter(org.tocsin.taxonomy.Taxonomy::wellFormed).distinct().limit(64).toList();
    }
}
