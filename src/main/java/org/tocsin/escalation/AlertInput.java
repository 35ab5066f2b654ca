package org.tocsin.escalation;

import org.tocsin.access.Json;
import org.tocsin.common.Parsed;
import org.tocsin.distribution.Tlp;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** Commands on alerts, parsed at the edge from the API's JSON (snake_case), each naming its fields. */
public final class AlertInput {

    private AlertInput() {}

    public record NewAlert(String situation, Severity severity, List<String> evidence, String explanation, Tlp label, String marking) {}

    public record Decision(AlertDecision.Outcome outcome, String rationale, String ground, Severity severity, Tlp label) {}

    public record NewAssessment(String role, String text, Severity view) {}

    public static Parsed<NewAlert> newAlert(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "an alert must be a JSON object");
        Json f = new Json(body);
        String situation = f.string("situation", true, 64);
        Severity severity = severity(f, "severity", true);
        List<String> evidence = f.strings("evidence", false, 200);
        String explanation = f.string("explanation", true, 20_000);
        Tlp label = label(f, "label");
        String marking = f.string("marking", false, 300);
        if (label == null && marking != null) label = Tlp.fromMarking(marking).orElse(null);
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(new NewAlert(situation, severity, evidence, explanation, label, marking));
    }

    public static Parsed<Decision> decision(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a decision must be a JSON object");
        Json f = new Json(body);
        String o = f.string("outcome", true, 40);
        AlertDecision.Outcome outcome = null;
        if (o != null) {
            outcome = AlertDecision.Outcome.parse(o).orElse(null);
            if (outcome == null) f.error("outcome", "must be act, monitor, downgrade or close");
        }
        String rationale = f.string("rationale", true, 20_000);
        String ground = f.string("ground", false, 300);
        Severity severity = severity(f, "severity", false);
        if (outcome == AlertDecision.Outcome.DOWNGRADE && severity == null && !f.has("severity")) f.error("severity", "is required for a downgrade: the new severity");
        Tlp label = label(f, "label");
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(new Decision(outcome, rationale, ground, outcome == AlertDecision.Outcome.DOWNGRADE ? severity : null, label));
    }

    public static Parsed<String> text(JsonNode body, String field) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a JSON object is expected");
        Json f = new Json(body);
        String s = f.string(field, true, 20_000);
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(s);
    }

    public static Parsed<String> optionalText(JsonNode body, String field) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a JSON object is expected");
        Json f = new Json(body);
        String s = f.string(field, false, 20_000);
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(s);
    }

    public static Parsed<NewAssessment> assessment(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "an assessment must be a JSON object");
        Json f = new Json(body);
        String role = f.string("role", false, 300);
        String text = f.string("text", true, 20_000);
        Severity view = severity(f, "view", false);
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(new NewAssessment(role, text, view));
    }

    public static Parsed<Tlp> label(JsonNode body) {
        if (body == null || !body.isObject()) return Parsed.refused("$", "a JSON object with a label is expected");
        Json f = new Json(body);
        if (!f.has("label")) f.error("label", "is required");
        Tlp label = label(f, "label");
        if (!f.ok()) return Parsed.refused(f.errors());
        return Parsed.ok(label);
    }

    static Severity severity(Json f, String field, boolean required) {
        String s = f.string(field, required, 40);
        if (s == null) return null;
        Severity v = Severity.parse(s).orElse(null);
        if (v == null) f.error(field, "must be elevated, high, critical or emergency");
        return v;
    }

    static Tlp label(Json f, String field) {
        String s = f.string(field, false, 40);
        if (s == null) return null;
        Tlp t = Tlp.parse(s).orElse(null);
        if (t == null) f.error(field, "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
        return t;
    }
}
