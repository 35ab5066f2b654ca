package org.tocsin.intake.format;

import java.util.Locale;
import java.util.Set;

/**
 * Text helpers for bulk readers: what goes into a signal must be storable (PostgreSQL text takes no
 * NUL and no lone surrogate) and within {@link org.tocsin.intake.SignalParser}'s length limits, and
 * bulk data is the least careful about both.
 */
final class Text {

    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "de", "du", "la", "le", "des", "in", "on", "at", "to");

    private Text() {}

    /** Null when absent or blank; otherwise stripped, made storable and cut to {@code max} characters. */
    static String clean(String s, int max) {
        if (s == null || s.isBlank()) return null;
        return clip(storable(s.strip()), max);
    }

    /** Replaces NUL and lone surrogates with U+FFFD rather than dropping them: the reader sees something was there. */
    static String storable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!bad) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                bad = c == 0 || Character.isLowSurrogate(c);
            }
            if (bad && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.append(bad ? '\uFFFD' : c);
        }
        return out == null ? s : out.toString();
    }

    /** Cuts to at most {@code max} characters, ending in an ellipsis when cut, never inside a surrogate pair. */
    static String clip(String s, int max) {
        if (s.length() <= max) return s;
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--; // keep a pair whole: drop both halves
        return s.substring(0, end) + "…";
    }

    /** A lower-case slug of letters, digits and hyphens, at most {@code max} long; null when nothing is left. */
    static String slug(String s, int max) {
        if (s == null) return null;
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) slug = slug.substring(0, max).replaceAll("-+$", "");
        return slug.isEmpty() ? null : slug;
    }

    /**
     * GDELT writes names in capitals ("BOKO HARAM"); a summary reads better as "Boko Haram". Names
     * that are not all capitals are left alone, as are words of one or two letters (UN, US, EU).
     */
    static String titleCase(String s) {
        if (s == null || !s.equals(s.toUpperCase(Locale.ROOT))) return s;
        String[] words = s.toLowerCase(Locale.ROOT).split(" ", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0) out.append(' ');
            if (w > 0 && SMALL_WORDS.contains(word)) {
                out.append(word);
            } else if (word.length() <= 2) {
                out.append(word.toUpperCase(Locale.ROOT));
            } else {
                boolean capital = true;
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    out.append(capital ? Character.toUpperCase(c) : c);
                    capital = c == '-' || c == '\'' || c == '/' || c == '(';
                }
            }
        }
        return out.toString();
    }
}
