package org.tocsin.decision;

import org.tocsin.intake.SignalKey;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A signal linked to an element finding as evidence, and which way it bears.
 *
 * @param note why it bears on the element (optional)
 */
public record EvidenceLink(SignalKey signal, Bearing bearing, String note) {

    public enum Bearing {
        SUPPORTS, UNDERMINES;

        public String wire() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Bearing> parse(String wire) {
            for (Bearing b : values()) if (b.wire().equals(wire)) return Optional.of(b);
            return Optional.empty();
        }
    }

    public EvidenceLink {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(bearing, "bearing");
        note = note == null || note.isBlank() ? null : note;
    }
}
