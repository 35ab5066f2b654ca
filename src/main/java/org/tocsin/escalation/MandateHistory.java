package org.tocsin.escalation;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A situation's mandate over time: the original ({@code mandate}) and its changes
 * ({@code mandate_changes}, each dated). A change keeps the mandating body and whatever it does not
 * restate (use of force, permitted actions); a change that names its own chapter replaces it.
 */
public record MandateHistory(List<Mandate> versions) {

    public MandateHistory {
        versions = versions.stream().sorted(Comparator.comparing(m -> m.since() == null ? LocalDate.MIN : m.since())).toList();
    }

    public static MandateHistory none() { return new MandateHistory(List.of()); }

    public static MandateHistory parse(JsonNode details) {
        JsonNode m = details.path("mandate");
        if (!m.isObject()) return none();
        List<String> actions = new ArrayList<>();
        m.path("permitted_actions").forEach(a -> { if (a.isString()) actions.add(a.stringValue()); });
        LocalDate established = date(details.path("mission").path("established").asString(null));
        Mandate base = new Mandate(m.path("chapter").asString(null), m.path("use_of_force").asString(null), actions,
                m.path("summary").asString(null), m.path("mandating_body").asString(null),
                details.path("mission").path("by").asString(m.path("ref").asString(null)), established);
        List<Mandate> versions = new ArrayList<>(List.of(base));
        List<JsonNode> changes = new ArrayList<>();
        details.path("mandate_changes").forEach(changes::add);
        changes.sort(Comparator.comparing(c -> String.valueOf(c.path("date").asString(""))));
        Mandate current = base;
        for (JsonNode c : changes) {
            LocalDate since = date(c.path("date").asString(null));
            if (since == null) continue;
            List<String> permitted = current.permittedActions();
            if (c.path("permitted_actions").isArray()) {
                permitted = new ArrayList<>();
                for (JsonNode a : c.path("permitted_actions")) if (a.isString()) permitted.add(a.stringValue());
            }
            current = new Mandate(c.path("chapter").asString(current.chapter()),
                    c.path("use_of_force").asString(current.useOfForce()), permitted,
                    c.path("summary").asString(current.summary()),
                    c.path("mandating_body").asString(current.mandatingBody()), c.path("by").asString(null), since);
            versions.add(current);
        }
        return new MandateHistory(versions);
    }

    /** The mandate in force on that day: the latest version that had taken effect by then; empty before the first. */
    public Optional<Mandate> inForceOn(LocalDate day) {
        Mandate found = null;
        for (Mandate m : versions) {
            if (m.since() == null || !m.since().isAfter(day)) found = m;
        }
        return Optional.ofNullable(found);
    }

    private static LocalDate date(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
