package org.tocsin.decision;

import java.util.Objects;

/** A person's recorded disagreement with a determination, in their own words. */
public record Dissent(String person, String text) {
    public Dissent {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(text, "text");
        if (person.isBlank() || text.isBlank()) throw new IllegalArgumentException("a dissent names its author and says why");
    }
}
