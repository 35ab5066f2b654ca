package org.tocsin.distribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Traffic Light Protocol 2.0 distribution labels, ordered from widest to narrowest audience.
 * A label may be widened by its sender or by a recorded decision, never silently narrowed.
 */
public enum Tlp {
    CLEAR("TLP:CLEAR", "no limit on disclosure"),
    GREEN("TLP:GREEN", "the community, not public channels"),
    AMBER("TLP:AMBER", "the recipient's organisation and its clients, on a need-to-know basis"),
    AMBER_STRICT("TLP:AMBER+STRICT", "the recipient's organisation only"),
    RED("TLP:RED", "the named recipients only");

    private final String label;
    private final String meaning;

    Tlp(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() { return label; }

    public String meaning() { return meaning; }

    /** The wire name: {@code CLEAR}, {@code GREEN}, {@code AMBER}, {@code AMBER+STRICT}, {@code RED}. */
    public String wire() { return label.substring(4); }

    public boolean isNarrowerThan(Tlp other) { return ordinal() > other.ordinal(); }

    /** Accepts {@code AMBER+STRICT}, {@code amber_strict}, {@code TLP:RED} and the like. */
    public static Optional<Tlp> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("TLP:")) t = t.substring(4);
        String normalised = t.replace('+', '_').replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(v -> v.name().equals(normalised)).findFirst();
    }

    /**
     * Maps a free-text handling marking written by a sender (case files' {@code marking}) to the
     * nearest label. "NO DISTRIBUTION" on a 1994 cable meant: the addressee only.
     */
    public static Optional<Tlp> fromMarking(String marking) {
        if (marking == null || marking.isBlank()) return Optional.empty();
        Optional<Tlp> direct = parse(marking);
        if (direct.isPresent()) return direct;
        String m = marking.toUpperCase(Locale.ROOT);
        if (m.contains("NO DISTRIBUTION") || m.contains("EYES ONLY") || m.contains("NODIS") || m.contains("PERSONAL")) return Optional.of(RED);
        if (m.contains("CONFIDENTIAL") || m.contains("SECRET") || m.contains("RESTRICTED") || m.contains("LIMDIS")) return Optional.of(AMBER_STRICT);
        if (m.contains("UNCLASSIFIED") || m.contains("PUBLIC")) return Optional.of(CLEAR);
        return Optional.of(AMBER);
    }
}
