package org.tocsin.intake;

import java.util.Optional;

/** Admiralty (NATO STANAG 2511) source reliability, graded A to F. */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) { this.meaning = meaning; }

    public String meaning() { return meaning; }

    public static Optional<Reliability> parse(String text) {
        if (text == null || text.length() != 1) return Optional.empty();
        char c = Character.toUpperCase(text.charAt(0));
        return c >= 'A' && c <= 'F' ? Optional.of(values()[c - 'A']) : Optional.empty();
    }
}
