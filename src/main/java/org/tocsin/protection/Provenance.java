package org.tocsin.protection;

import java.util.List;
import java.util.Objects;

/** Where a figure or a statement comes from: the ids of its sources (the force file's {@code sources}) and its confidence. */
public record Provenance(List<String> sources, Confidence confidence) {

    public Provenance {
        sources = List.copyOf(sources);
        Objects.requireNonNull(confidence, "confidence");
    }

    /** "high; S_1999_1257, BE_SENATE_1997", or "unconfirmed; no source". */
    public String text() {
        return confidence.wire() + "; " + (sources.isEmpty() ? "no source" : String.join(", ", sources));
    }
}
