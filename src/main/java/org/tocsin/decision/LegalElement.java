package org.tocsin.decision;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One legal element (determination.md sections 1 and 3), as data: its text (a paraphrase), what
 * kind of element it is, the evidence that typically supports it and how courts read it, with the
 * provenance markers of the reference kept ({@code [V]} checked, {@code [M]} to be confirmed by a
 * lawyer, {@code [T]} Tocsin's own reading, also to be confirmed).
 *
 * @param level         {@code situation}, or {@code individual} for an element about one perpetrator's mind
 * @param exclusionTest intent inferred at an "only reasonable inference" standard must come with the
 *                      alternatives considered and why each is rejected ({@link ExclusionTest})
 */
public record LegalElement(String id, String name, String kind, String level, String text, String typicalEvidence,
                           String interpretation, String provenance, boolean exclusionTest, String reference) {

    public LegalElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        typicalEvidence = typicalEvidence == null ? "" : typicalEvidence;
        interpretation = interpretation == null ? "" : interpretation;
        provenance = provenance == null ? "" : provenance;
    }

    /** The markers found in its provenance and texts: {@code [V]}, {@code [M]}, {@code [T]}. */
    public Set<String> markers() {
        Set<String> out = new TreeSet<>();
        for (String m : new String[] {"[V", "[M", "[T"}) {
            if (provenance.contains(m) || text.contains(m) || interpretation.contains(m)) out.add(m + "]");
        }
        return out;
    }

    /** True when any part still waits for a lawyer ([M] or [T]). */
    public boolean toConfirm() {
        Set<String> m = markers();
        return m.contains("[M]") || m.contains("[T]");
    }
}
