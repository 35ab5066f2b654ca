package org.tocsin.decision;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one element counts towards a conclusion: conjunctive ({@link Kind#REQUIRED}), one of a group of
 * alternatives of which any one established suffices ({@link Kind#ONE_OF}, e.g. the listed acts of
 * genocide), or recorded without entering the conclusion ({@link Kind#OPTIONAL}: the ICC-only
 * "manifest pattern", an individual's knowledge in a situation-level determination).
 *
 * <p>Each finding carries the requirement it was judged under, so a recorded determination keeps
 * its meaning when the catalogue changes.
 *
 * @param group the group of alternatives, for {@link Kind#ONE_OF} only (null otherwise)
 */
public record Requirement(Kind kind, String group) {

    public enum Kind {
        REQUIRED, ONE_OF, OPTIONAL;

        public String wire() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Kind> parse(String wire) {
            for (Kind k : values()) if (k.wire().equals(wire)) return Optional.of(k);
            return Optional.empty();
        }
    }

    public Requirement {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ONE_OF) != (group != null && !group.isBlank())) {
            throw new IllegalArgumentException("a group is named for alternatives (one_of) and only for them");
        }
    }

    public static Requirement required() { return new Requirement(Kind.REQUIRED, null); }

    public static Requirement oneOf(String group) { return new Requirement(Kind.ONE_OF, group); }

    public static Requirement optional() { return new Requirement(Kind.OPTIONAL, null); }

    /** Whether the element (or its group) enters the conclusion. */
    public boolean counts() { return kind != Kind.OPTIONAL; }
}
