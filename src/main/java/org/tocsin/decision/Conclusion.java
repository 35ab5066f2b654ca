package org.tocsin.decision;

import java.util.Locale;
import java.util.Optional;

/**
 * A determination's conclusion, computed from its element findings ({@link ConclusionRule}); never
 * written by a person. {@link #INDETERMINATE} means some element nobody addressed: it is never "no".
 */
public enum Conclusion {
    ESTABLISHED, NOT_ESTABLISHED, INDETERMINATE, INSUFFICIENT_INFORMATION;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Conclusion> parse(String wire) {
        for (Conclusion c : values()) if (c.wire().equals(wire)) return Optional.of(c);
        return Optional.empty();
    }
}
