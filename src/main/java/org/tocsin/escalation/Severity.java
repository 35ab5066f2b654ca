package org.tocsin.escalation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How grave an alert is: the risk level names above normal (MISSION.md, "Words"). Emergency means
 * killing is under way.
 */
public enum Severity {
    ELEVATED, HIGH, CRITICAL, EMERGENCY;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    /** A severity by name, any case; empty for anything else, including {@code normal}. */
    public static Optional<Severity> parse(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(n)).findFirst();
    }

    /** A risk level's rank: normal is 0, elevated 1 … emergency 4; -1 for an unknown name. */
    public static int rank(String levelName) {
        if (levelName != null && levelName.trim().equalsIgnoreCase("normal")) return 0;
        return parse(levelName).map(s -> s.ordinal() + 1).orElse(-1);
    }
}
