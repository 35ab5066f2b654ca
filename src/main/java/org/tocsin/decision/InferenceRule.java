package org.tocsin.decision;

import java.util.Objects;
import java.util.Set;

/**
 * A court-endorsed way of inferring an element from circumstances (INF-1 to INF-11 and the exclusion
 * test INF-X for genocidal intent, SP-1 to SP-4 for "substantial part"; CAH-R*, WC-R* for the
 * contextual elements). A finding cites the rules it relies on; a rule can be cited only for the
 * elements it bears on.
 */
public record InferenceRule(String id, String text, String source, String provenance, Set<String> appliesTo) {
    public InferenceRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        appliesTo = Set.copyOf(appliesTo);
    }

    public boolean appliesTo(String element) { return appliesTo.contains(element); }
}
