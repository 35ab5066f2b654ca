package org.tocsin.decision;

import java.util.Locale;
import java.util.Optional;

/** What a determination asks (determination.md section 7): is it happening, has it happened, is there a serious risk. */
public enum Question {
    IS_OCCURRING, HAS_OCCURRED, SERIOUS_RISK;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Question> parse(String wire) {
        for (Question q : values()) if (q.wire().equals(wire)) return Optional.of(q);
        return Optional.empty();
    }
}
