package org.tocsin.protection;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A change as a client puts it, parsed at the edge:
 * {@code {"kind": "withdrawal", "contingent": "BEL_KIBAT"}}, {@code {"kind": "site_left", "site": "ETO"}}
 * or {@code {"kind": "force_cut", "target_strength": 270}}, with {@code on} (the day it takes effect,
 * YYYY-MM-DD; today when absent), {@code form} ({@code proposed}, {@code ordered}, {@code decided};
 * proposed when absent), and — to put it on record — {@code rationale} and optionally
 * {@code occurred_at} (when it was proposed or ordered; now when absent).
 */
public record ChangeRequest(ProposedChange change, Optional<LocalDate> on, ChangeForm form, String rationale,
                            Optional<Instant> occurredAt) {

    private static final int MAX_RATIONALE = 4000;
    private static final long MAX_STRENGTH = 100_000_000L;

    /**
     * @param toRecord whether the change is to be put on record (then a rationale is required)
     */
    public static Parsed<ChangeRequest> parse(JsonNode body, boolean toRecord) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a change must be a JSON object");
        List<FieldError> errors = new ArrayList<>();
        ProposedChange change = null;
        String kind = text(body, "kind", errors, true, 32);
        if (kind != null) {
            switch (kind) {
                case "withdrawal" -> {
                    String c = text(body, "contingent", errors, true, 64);
                    if (c != null) change = new ProposedChange.Withdrawal(c);
                }
                case "site_left" -> {
                    String s = text(body, "site", errors, true, 64);
                    if (s != null) change = new ProposedChange.SiteLeft(s);
                }
                case "force_cut" -> {
                    JsonNode t = body.get("target_strength");
                    if (t == null || t.isNull()) errors.add(new FieldError("target_strength", "is required for a force_cut"));
                    else if (!t.isIntegralNumber() || !t.canConvertToLong() || t.longValue() < 0 || t.longValue() > MAX_STRENGTH) {
                        errors.add(new FieldError("target_strength", "must be a whole number from 0 to " + MAX_STRENGTH));
                    } else change = new ProposedChange.ForceCut(t.longValue());
                }
                default -> errors.add(new FieldError("kind", "must be withdrawal, site_left or force_cut"));
            }
        }
        Optional<LocalDate> on = Optional.empty();
        String onText = text(body, "on", errors, false, 10);
        if (onText != null) {
            try {
                on = Optional.of(LocalDate.parse(onText));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("on", "must be a date written YYYY-MM-DD"));
            }
        }
        ChangeForm form = ChangeForm.PROPOSED;
        String formText = text(body, "form", errors, false, 16);
        if (formText != null) {
            Optional<ChangeForm> f = ChangeForm.parse(formText);
            if (f.isEmpty()) errors.add(new FieldError("form", "must be proposed, ordered or decided"));
            else form = f.get();
        }
        String rationale = text(body, "rationale", errors, toRecord, MAX_RATIONALE);
        Optional<Instant> occurredAt = Optional.empty();
        String occurred = text(body, "occurred_at", errors, false, 64);
        if (occurred != null) {
            try {
                occurredAt = Optional.of(Instant.parse(occurred));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("occurred_at", "must be an instant such as 1994-04-11T11:00:00Z"));
            }
        }
        if (!errors.isEmpty()) return Parsed.refused(errors);
        return Parsed.ok(new ChangeRequest(change, on, form, rationale == null ? "" : rationale, occurredAt));
    }

    private static String text(JsonNode body, String field, List<FieldError> errors, boolean required, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            errors.add(new FieldError(field, "must be a non-blank string"));
            return null;
        }
        if (v.stringValue().length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
            return null;
        }
        if (v.stringValue().indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "contains a NUL character"));
            return null;
        }
        return v.stringValue();
    }
}
