package org.tocsin.protection;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a figure can be trusted, on the force file's own scale (its {@code meta.confidence_scale}):
 * high (an official UN or national inquiry, or a contemporaneous diplomatic cable), medium (wire,
 * press, memoir, reputable secondary), low (a single recollection, an encyclopedia mirror, conflicting
 * figures), unconfirmed (not found in a source; a placeholder or an inference). Every figure carries
 * one, and every conclusion drawn from figures carries the weakest of theirs.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW, UNCONFIRMED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Confidence> parse(String text) {
        if (text == null) return Optional.empty();
        for (Confidence c : values()) if (c.wire().equals(text)) return Optional.of(c);
        return Optional.empty();
    }

    /** The weaker of the two: a conclusion is no stronger than its weakest premise. */
    public Confidence weakest(Confidence other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The weakest of several; {@code HIGH} for none (nothing weakens an empty conclusion). */
    public static Confidence weakestOf(Collection<Confidence> all) {
        return all.stream().reduce(HIGH, Confidence::weakest);
    }
}
