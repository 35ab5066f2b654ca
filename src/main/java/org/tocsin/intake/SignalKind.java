package org.tocsin.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a signal is, as in the case-file format; the wire form is lower snake case. */
public enum SignalKind {
    FIELD_REPORT, INTELLIGENCE, MEDIA, NGO_REPORT, DIPLOMATIC_CABLE, PUBLIC_STATEMENT, INCIDENT, REQUEST, DECISION;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<SignalKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(text)).findFirst();
    }
}
