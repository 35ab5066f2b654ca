package org.tocsin.decision;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A step on an obligation as a client writes it:
 * {@code {"status": "in_progress" | "discharged" | "declined", "rationale": "...", "owner": "...", "occurred_at": "..."}}.
 * The rationale is required: nothing moves without a recorded reason.
 *
 * @param owner      a new owner, or null to keep the current one
 * @param occurredAt when the step was taken, or null for now
 */
public record ObligationProgress(ObligationState.Step step, String rationale, String owner, Instant occurredAt) {

    private static final Set<String> FIELDS = Set.of("status", "rationale", "owner", "occurred_at", "author");

    public static Parsed<ObligationProgress> parse(JsonNode body, Instant now) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "must be a JSON object");
        List<FieldError> errors = new ArrayList<>();
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) errors.add(new FieldError(name, "is not a field of a step on an obligation"));
        }
        ObligationState.Step step = null;
        String status = text(body, "status", errors);
        if (status == null) errors.add(new FieldError("status", "is required: in_progress, discharged or declined"));
        else {
            step = ObligationState.Step.parse(status).orElse(null);
            if (step == null) errors.add(new FieldError("status", "must be in_progress, discharged or declined"));
        }
        String rationale = text(body, "rationale", errors);
        if (rationale == null) errors.add(new FieldError("rationale", "is required: what was done, or why not"));
        String owner = text(body, "owner", errors);
        if (owner != null && owner.length() > 128) errors.add(new FieldError("owner", "is longer than 128 characters"));
        Instant occurredAt = null;
        String at = text(body, "occurred_at", errors);
        if (at != null) {
            try {
                occurredAt = Instant.parse(at);
                if (occurredAt.isAfter(now)) errors.add(new FieldError("occurred_at", "is in the future"));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("occurred_at", "must be an instant such as 1994-05-01T12:00:00Z"));
            }
        }
        return errors.isEmpty() ? Parsed.ok(new ObligationProgress(step, rationale, owner, occurredAt)) : Parsed.refused(errors);
    }

    private static String text(JsonNode body, String name, List<FieldError> errors) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) {
            errors.add(new FieldError(name, "must be a string"));
            return null;
        }
        String s = v.asString().strip();
        if (s.length() > DeterminationInput.MAX_TEXT) {
            errors.add(new FieldError(name, "is longer than " + DeterminationInput.MAX_TEXT + " characters"));
            return null;
        }
        return s.isEmpty() ? null : s;
    }
}
