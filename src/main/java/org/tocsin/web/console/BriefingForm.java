package org.tocsin.web.console;

import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the briefing form holds, as typed. Its inputs carry the names of the API's JSON
 * ({@code POST /api/briefings}), so {@link #toJson} is a plain copy, {@code BriefingService.parse} is the
 * one place that decides what a valid briefing is, and its field errors land on the inputs of the same
 * name. There is no {@code actor} input: the sender is the signed-in person, never a field.
 *
 * @param evidence signal ids within the situation, separated by spaces or commas
 * @param alert    the id of the alert the briefing concerns, or blank
 */
record BriefingForm(String situation, String group, String title, String text, String label, String marking, String evidence,
                    String alert) {

    /** The inputs of the form, by their JSON names. */
    static final Set<String> FIELDS = Set.of("group", "title", "text", "label", "marking", "evidence", "alert");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A blank form for a situation: no label chosen, because the sender must choose one. */
    static BriefingForm blank(String situation, String alert) {
        return new BriefingForm(situation, "", "", "", "", "", "", alert == null ? "" : alert);
    }

    static BriefingForm from(MultiValueMap<String, String> p) {
        return new BriefingForm(one(p, "situation"), one(p, "group"), one(p, "title"), one(p, "text"), one(p, "label"),
                one(p, "marking"), one(p, "evidence"), one(p, "alert"));
    }

    private static String one(MultiValueMap<String, String> p, String name) {
        String v = p.getFirst(name);
        return v == null ? "" : v;
    }

    /** The ids typed in the evidence field, in order. */
    List<String> evidenceIds() {
        return Arrays.stream(evidence.split("[\\s,;]+")).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * The API's JSON. Blank inputs are left out, so that the parser says "is required" where it must; an
     * alert that is not a number is passed on as text, so that the parser refuses it beside its field.
     */
    ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("situation", situation);
        put(o, "group", group);
        put(o, "title", title);
        put(o, "text", text);
        put(o, "label", label);
        put(o, "marking", marking);
        List<String> ids = evidenceIds();
        if (!ids.isEmpty()) {
            ArrayNode a = o.putArray("evidence");
            ids.forEach(a::add);
        }
        String al = alert.strip();
        if (!al.isEmpty()) {
            if (al.matches("\\d{1,18}")) o.put("alert", Long.parseLong(al));
            else o.put("alert", al);
        }
        return o;
    }

    private static void put(ObjectNode o, String name, String value) {
        if (!value.isBlank()) o.put(name, value);
    }
}
