package org.tocsin.tagging;

import java.util.List;

/**
 * One alternative of a pattern element: a single word ({@code weapons}), a stem ({@code distribut*}), a number
 * ({@code #}) or several of them in a row, written with underscores ({@code hate_radio}, {@code coup_d_etat}).
 */
record Term(List<Word> words) {

    Term {
        words = List.copyOf(words);
    }

    /** A folded word; {@code stem} means "any token starting with text"; {@code number} matches any number token. */
    record Word(String text, boolean stem, boolean number) {}

    int length() { return words.size(); }
}
