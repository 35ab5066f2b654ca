package org.tocsin.decision;

import java.util.Locale;
import java.util.Optional;

/**
 * Where one legal element stands (determination.md section 7, {@code ElementFinding.status}). Three
 * values would hide the difference between "looked at, cannot tell" and "nobody looked": the fourth,
 * {@link #UNADDRESSED}, keeps it, and makes the conclusion indeterminate rather than "no".
 */
public enum ElementStatus {
    ESTABLISHED, NOT_ESTABLISHED, INSUFFICIENT_INFORMATION, UNADDRESSED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public boolean addressed() { return this != UNADDRESSED; }

    public static Optional<ElementStatus> parse(String wire) {
        for (ElementStatus s : values()) if (s.wire().equals(wire)) return Optional.of(s);
        return Optional.empty();
    }
}
