package org.tocsin.intake;

import java.util.Optional;

/** Admiralty information credibility, graded 1 to 6; the wire form is the digit as a string. */
public enum Credibility {
    CONFIRMED("1", "confirmed by other sources"),
    PROBABLY_TRUE("2", "probably true"),
    POSSIBLY_TRUE("3", "possibly true"),
    DOUBTFUL("4", "doubtful"),
    IMPROBABLE("5", "improbable"),
    CANNOT_BE_JUDGED("6", "truth cannot be judged");

    private final String grade;
    private final String meaning;

    Credibility(String grade, String meaning) {
        this.grade = grade;
        this.meaning = meaning;
    }

    public String grade() { return grade; }

    public int number() { return ordinal() + 1; }

    public String meaning() { return meaning; }

    public static Optional<Credibility> parse(String text) {
        if (text == null || text.length() != 1) return Optional.empty();
        int n = text.charAt(0) - '0';
        return n >= 1 && n <= 6 ? Optional.of(values()[n - 1]) : Optional.empty();
    }

    public static Credibility ofNumber(int n) {
        if (n < 1 || n > 6) throw new IllegalArgumentException("credibility must be 1-6, was " + n);
        return values()[n - 1];
    }
}
