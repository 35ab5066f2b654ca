package org.tocsin.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * In June 1994 "acts of genocide" stood in for a finding nobody would make (determination.md section 0).
 * A determination's conclusion is computed, so no wording can replace it; this lint only flags hedged
 * qualifiers in the free-text note, so that readers see the note does not qualify the conclusion.
 * Warnings, not refusals: a note may legitimately quote such words.
 */
public final class HedgeLint {

    private static final List<String> HEDGES = List.of("acts of genocide", "acts of", "possible genocide", "possibly",
            "genocidal", "genocide-like", "-like", "amounting to", "tantamount");

    private HedgeLint() {}

    public static List<String> warnings(String note) {
        if (note == null) return List.of();
        String folded = note.toLowerCase(Locale.ROOT);
        List<String> matched = new ArrayList<>();
        for (String h : HEDGES) {
            if (folded.contains(h) && matched.stream().noneMatch(m -> m.contains(h))) matched.add(h);
        }
        return matched.stream().map(h -> "the note says '" + h + "': free-text qualifiers do not change the computed"
                + " conclusion, which stands as recorded").toList();
    }
}
