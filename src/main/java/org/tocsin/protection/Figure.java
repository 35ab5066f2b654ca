package org.tocsin.protection;

import java.util.Objects;
import java.util.Optional;

/**
 * One sourced number from the force file: a contingent's strength or the people sheltering at a site,
 * on a date. An empty estimate is the file's {@code "value": null}: the number was not established
 * (the note usually says what is known instead). The provenance is never dropped.
 */
public record Figure(DateSpan date, Optional<Estimate> estimate, Provenance provenance, String note) {

    public Figure {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(provenance, "provenance");
        note = note == null ? "" : note;
    }

    public Confidence confidence() { return provenance.confidence(); }

    /** "440 (420–450) on 1994-04-07 [medium; R_0413]". */
    public String text() {
        return estimate.map(Estimate::text).orElse("not established") + " on " + date.text() + " [" + provenance.text() + "]";
    }
}
