package org.tocsin.tagging;

import java.util.Locale;

/**
 * A word that changes how matches are read, from {@code cues.tsv}: a negation ("no", "aucune", "denied") that
 * suppresses a match up to {@code window} words after it; a negation that follows the match ("unfounded");
 * a word that ends a negation's reach ("but", "mais"); a stop word used to tell English from French; or an
 * abbreviation whose full stop does not end a sentence ("Col.").
 */
public record Cue(Kind kind, Language language, int window, String terms, String comment) {

    public enum Kind {
        NEGATION, NEGATION_AFTER, SCOPE_BREAK, STOPWORD, ABBREVIATION;

        static Kind of(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public Cue {
        if (kind == null || language == null) throw new IllegalArgumentException("a cue needs a kind and a language");
        if ((kind == Kind.NEGATION || kind == Kind.NEGATION_AFTER) && (window < 1 || window > PatternSyntax.MAX_GAP)) {
            throw new IllegalArgumentException("a negation window must be between 1 and " + PatternSyntax.MAX_GAP);
        }
    }
}
