package org.tocsin.situation;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a situation from JSON. Accepts both the API's own shape ({@code id}, {@code name},
 * {@code country}, {@code area}, {@code watch_from}, {@code watch_to}) and a case folder's situation
 * file as it is ({@code situation}, {@code watch: {from, to}}, plus mission, mandate, bodies, actors),
 * so {@code rwanda-1993-1994.situation.json} can be POSTed unchanged. Everything else is kept in
 * the situation's details.
 */
public final class SituationParser {

    public Parsed<Situation> parse(JsonNode node, Instant now, String createdBy) {
        if (node == null || !node.isObject()) return Parsed.refused("$", "a situation must be a JSON object");
        List<FieldError> errors = new ArrayList<>();
        String idField = node.has("id") ? "id" : "situation";
        String id = text(node, idField, errors, true, 64);
        if (id != null && !SituationId.valid(id)) {
            errors.add(new FieldError(idField, "must be a slug of lower-case letters, digits and hyphens (at most 64)"));
        }
        String name = text(node, "name", errors, true, 300);
        String country = text(node, "country", errors, false, 2);
        if (country != null && !country.matches("[A-Z]{2}")) errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as RW"));
        String area = text(node, "area", errors, false, 1000);
        JsonNode watch = node.get("watch");
        LocalDate from;
        LocalDate to;
        if (watch != null && !watch.isNull()) {
            if (!watch.isObject()) {
                errors.add(new FieldError("watch", "must be an object with from and to"));
                from = to = null;
            } else {
                from = date(watch, "from", "watch.from", errors);
                to = date(watch, "to", "watch.to", errors);
            }
        } else {
            from = date(node, "watch_from", "watch_from", errors);
            to = date(node, "watch_to", "watch_to", errors);
        }
        if (from != null && to != null && to.isBefore(from)) errors.add(new FieldError("watch_to", "is before the start of the watch"));
        if (!errors.isEmpty()) return Parsed.refused(errors);
        ObjectNode details = ((ObjectNode) node).deepCopy();
        for (String f : List.of("id", "situation", "name", "country", "area", "watch", "watch_from", "watch_to")) details.remove(f);
        return Parsed.ok(new Situation(id, name, country, area, from, to, details.toString(), now, createdBy));
    }

    private static String text(JsonNode node, String field, List<FieldError> errors, boolean required, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            errors.add(new FieldError(field, "must be a non-blank string"));
            return null;
        }
        String s = v.stringValue();
        if (s.length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
            return null;
        }
        if (s.indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "contains a NUL character"));
            return null;
        }
        return s;
    }

    private static LocalDate date(JsonNode node, String field, String name, List<FieldError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        try {
            if (v.isString()) return LocalDate.parse(v.stringValue());
        } catch (DateTimeParseException e) {
            // fall through to the error below
        }
        errors.add(new FieldError(name, "must be a date written YYYY-MM-DD"));
        return null;
    }
}
