package org.tocsin.escalation;

import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An escalation policy as JSON, the same shape in the API and in storage:
 * <pre>{"levels": [{"name": "head-of-mission", "recipients": ["position:head-of-mission"],
 *   "acknowledge_within": "PT2H", "decide_within": "PT24H", "renotify_every": "PT1H"}, …]}</pre>
 */
public final class PolicyJson {

    private PolicyJson() {}

    public static Parsed<EscalationPolicy> parse(JsonNode node) {
        if (node == null || !node.isObject()) return Parsed.refused("$", "a policy must be a JSON object");
        JsonNode levels = node.get("levels");
        if (levels == null || !levels.isArray() || levels.isEmpty()) return Parsed.refused("levels", "must be a non-empty array");
        if (levels.size() > 20) return Parsed.refused("levels", "has more than 20 levels");
        List<FieldError> errors = new ArrayList<>();
        List<PolicyLevel> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            JsonNode l = levels.get(i);
            String at = "levels[" + i + "]";
            if (!l.isObject()) { errors.add(new FieldError(at, "must be an object")); continue; }
            String name = l.path("name").isString() ? l.path("name").stringValue() : null;
            if (name == null || name.isBlank() || name.length() > 200) errors.add(new FieldError(at + ".name", "is required (at most 200 characters)"));
            List<RecipientRef> recipients = new ArrayList<>();
            JsonNode rs = l.path("recipients");
            if (!rs.isArray() || rs.isEmpty()) errors.add(new FieldError(at + ".recipients", "must be a non-empty array such as [\"position:head-of-mission\", \"group:un-security-council\"]"));
            for (int j = 0; j < rs.size(); j++) {
                String text = rs.get(j).isString() ? rs.get(j).stringValue() : null;
                var ref = RecipientRef.parse(text);
                if (ref.isEmpty()) errors.add(new FieldError(at + ".recipients[" + j + "]", "must be person:<id>, position:<name> or group:<id>"));
                else recipients.add(ref.get());
            }
            Duration ack = duration(l, "acknowledge_within", at, errors);
            Duration decide = duration(l, "decide_within", at, errors);
            Duration renotify = duration(l, "renotify_every", at, errors);
            if (ack != null && decide != null && decide.compareTo(ack) < 0) errors.add(new FieldError(at + ".decide_within", "must not be shorter than acknowledge_within"));
            if (errors.isEmpty()) out.add(new PolicyLevel(name, recipients, ack, decide, renotify));
        }
        if (!errors.isEmpty()) return Parsed.refused(errors);
        return Parsed.ok(new EscalationPolicy(out, true));
    }

    private static Duration duration(JsonNode l, String field, String at, List<FieldError> errors) {
        JsonNode v = l.get(field);
        String name = at + "." + field;
        if (v == null || !v.isString()) { errors.add(new FieldError(name, "is required, an ISO 8601 duration such as PT2H")); return null; }
        try {
            Duration d = Duration.parse(v.stringValue());
            if (d.isNegative() || d.isZero()) { errors.add(new FieldError(name, "must be positive")); return null; }
            if (d.compareTo(Duration.ofDays(366)) > 0) { errors.add(new FieldError(name, "must be at most a year")); return null; }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO 8601 duration such as PT2H or P1D"));
            return null;
        }
    }

    public static Map<String, Object> toMap(EscalationPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("explicit", p.explicit());
        m.put("levels", p.levels().stream().map(l -> {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("name", l.name());
            lm.put("recipients", l.recipients().stream().map(RecipientRef::wire).toList());
            lm.put("acknowledge_within", l.acknowledgeWithin().toString());
            lm.put("decide_within", l.decideWithin().toString());
            lm.put("renotify_every", l.renotifyEvery().toString());
            return lm;
        }).toList());
        return m;
    }
}
