package org.tocsin.access;

import org.tocsin.common.FieldError;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of an untrusted JSON object, collecting every problem with the field it concerns.
 * Shared by the directory and escalation parsers at the edge.
 */
public final class Json {

    private final JsonNode node;
    private final List<FieldError> errors = new ArrayList<>();

    public Json(JsonNode node) { this.node = node; }

    public List<FieldError> errors() { return List.copyOf(errors); }

    public boolean ok() { return errors.isEmpty(); }

    public void error(String field, String reason) { errors.add(new FieldError(field, reason)); }

    public boolean has(String field) { JsonNode v = node.get(field); return v != null && !v.isNull(); }

    public String string(String field, boolean required, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return null;
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            error(field, "must be a non-blank string");
            return null;
        }
        String s = v.stringValue();
        if (s.length() > max) { error(field, "is longer than " + max + " characters"); return null; }
        if (s.indexOf('\0') >= 0) { error(field, "contains a NUL character"); return null; }
        return s;
    }

    public String id(String field, boolean required) {
        String s = string(field, required, 128);
        if (s != null && !Person.validId(s)) {
            error(field, "must start with a letter or digit and use only letters, digits and . _ : @ - (at most 128)");
            return null;
        }
        return s;
    }

    public List<String> strings(String field, boolean required, int maxItems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) error(field, "is required");
            return List.of();
        }
        if (!v.isArray()) { error(field, "must be an array of strings"); return List.of(); }
        if (v.size() > maxItems) { error(field, "has more than " + maxItems + " items"); return List.of(); }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isString() || e.stringValue().isBlank() || e.stringValue().length() > 300 || e.stringValue().indexOf('\0') >= 0) {
                error(field + "[" + i + "]", "must be a non-blank string of at most 300 characters");
            } else {
                out.add(e.stringValue());
            }
        }
        return out;
    }

    public Instant instant(String field, boolean required) {
        String s = string(field, required, 64);
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                error(field, "must be an instant (2024-05-01T10:00:00Z) or a date (2024-05-01)");
                return null;
            }
        }
    }

    public String url(String field) {
        String s = string(field, false, 2000);
        if (s == null) return null;
        try {
            URI u = URI.create(s);
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
                error(field, "must be an http or https URL");
                return null;
            }
            return s;
        } catch (IllegalArgumentException e) {
            error(field, "must be an http or https URL");
            return null;
        }
    }

    public String email(String field, boolean required) {
        String s = string(field, required, 320);
        if (s != null && !s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            error(field, "must be an e-mail address");
            return null;
        }
        return s;
    }
}
