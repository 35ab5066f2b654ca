package org.tocsin.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What later became of a report: other evidence confirmed it, or refuted it. */
public enum ReportOutcome {
    CONFIRMED, REFUTED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<ReportOutcome> parse(String text) {
        return Arrays.stream(values()).filter(o -> o.wire().equals(text)).findFirst();
    }
}
