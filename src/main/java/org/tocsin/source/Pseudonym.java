package org.tocsin.source;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The name everyone who is not a handler sees, e.g. {@code SRC-7KQ2-M9DX}. Random and stored, not
 * derived: it carries no information about the id or the identity (a keyed hash of a guessable id
 * could be tested against guesses by whoever obtained the key), and it never changes when keys are
 * rotated (the database refuses to update it).
 */
public record Pseudonym(String value) {

    /** Crockford's base 32: no I, L, O, U, so it reads aloud and copies without confusion. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORM = Pattern.compile("SRC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    public Pseudonym {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) throw new IllegalArgumentException("not a pseudonym");
    }

    /** 40 random bits; the store refuses a duplicate and registration draws again. */
    public static Pseudonym random(RandomGenerator random) {
        StringBuilder b = new StringBuilder("SRC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) b.append('-');
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new Pseudonym(b.toString());
    }

    public static Optional<Pseudonym> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new Pseudonym(text)) : Optional.empty();
    }

    /** The journal's subject for this source: {@code source:<pseudonym>}, never the id or the identity. */
    public String subject() { return "source:" + value; }

    @Override
    public String toString() { return value; }
}
