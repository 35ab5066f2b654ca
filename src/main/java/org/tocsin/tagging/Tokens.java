package org.tocsin.tagging;

import java.util.Arrays;
import java.util.Set;

/**
 * A text cut into word tokens. Each token keeps its offsets into the original text and a folded form
 * ({@link Fold}), so rules match "distribuées" and "Distribuees" alike while evidence spans still point at
 * the characters the reporter wrote.
 *
 * <p>Hyphens and apostrophes split words ("anti-Tutsi" → anti, tutsi; "d'armes" → d, armes), with one
 * exception: English "n't" becomes a token {@code not}, so "weren't" carries a negation. Digits joined by
 * "," or "." stay one number token ("10,000").
 *
 * <p>Two kinds of boundary are recorded: <em>sentences</em> end at . ! ? ; : and line breaks (a match never
 * crosses one); <em>phrases</em> also end at commas, brackets and dashes (negation does not reach across
 * one, see {@link Tagger}).
 */
final class Tokens {

    final String text;
    int size;
    int[] start = new int[16];
    int[] end = new int[16];
    String[] folded = new String[16];
    boolean[] number = new boolean[16];
    int[] sentence = new int[16];
    int[] phrase = new int[16];

    private Tokens(String text) {
        this.text = text;
    }

    /**
     * @param abbreviations folded words after which a full stop does not end a sentence ("Col.", "Gen.");
     *                      single letters ("U.S.") never end one either
     */
    static Tokens of(String text, Set<String> abbreviations) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int sentence = 0;
        int phrase = 0;
        int i = 0;
        StringBuilder word = new StringBuilder(24);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Fold.isWordChar(cp)) {
                int s = i;
                word.setLength(0);
                boolean digits = true;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (Fold.isWordChar(c)) {
                        if (!Fold.isMark(c)) Fold.append(word, c);
                        digits &= Character.isDigit(c) || Fold.isMark(c);
                        i += Character.charCount(c);
                    } else if (digits && (c == ',' || c == '.') && i > s && i + 1 < n
                            && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                        i++; // "10,000" and "1.5" are one number
                    } else {
                        break;
                    }
                }
                if (!word.isEmpty()) t.add(s, i, word.toString(), digits, sentence, phrase);
                continue;
            }
            switch (cp) {
                case '\'', '\u2019', '\u02BC' -> {
                    if (t.negationContraction(i)) {
                        t.add(i, i + 2, "not", false, sentence, phrase);
                        i += 2;
                        continue;
                    }
                }
                case '.' -> {
                    if (!t.abbreviationBefore(i, abbreviations)) { sentence++; phrase++; }
                }
                case '!', '?', ';', ':', '\n', '\r' -> { sentence++; phrase++; }
                case ',', '(', ')', '[', ']', '\u2013', '\u2014', '"', '\u201C', '\u201D' -> phrase++;
                case '-' -> {
                    // a free-standing hyphen (" - ") is a dash; inside a word it only splits it
                    boolean spaced = (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                            && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
                    if (spaced) phrase++;
                }
                default -> { }
            }
            i += Character.charCount(cp);
        }
        return t;
    }

    /** "didn't", "can't", "weren't": the apostrophe directly after a word ending in n, then t, then a non-letter. */
    private boolean negationContraction(int i) {
        if (size == 0 || end[size - 1] != i || !folded[size - 1].endsWith("n")) return false;
        if (i + 1 >= text.length() || Character.toLowerCase(text.charAt(i + 1)) != 't') return false;
        return i + 2 == text.length() || !Fold.isWordChar(text.codePointAt(i + 2));
    }

    private boolean abbreviationBefore(int i, Set<String> abbreviations) {
        if (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) return true;
        if (size == 0 || end[size - 1] != i) return false;
        String w = folded[size - 1];
        return (w.length() == 1 && Character.isLetter(w.charAt(0))) || abbreviations.contains(w);
    }

    private void add(int s, int e, String f, boolean isNumber, int sentenceId, int phraseId) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            folded = Arrays.copyOf(folded, cap);
            number = Arrays.copyOf(number, cap);
            sentence = Arrays.copyOf(sentence, cap);
            phrase = Arrays.copyOf(phrase, cap);
        }
        start[size] = s;
        end[size] = e;
        folded[size] = f;
        number[size] = isNumber;
        sentence[size] = sentenceId;
        phrase[size] = phraseId;
        size++;
    }
}
