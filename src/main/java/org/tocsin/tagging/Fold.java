package org.tocsin.tagging;

import java.text.Normalizer;

/**
 * Folds text for matching: lower case, accents removed, ligatures spelt out ("Distribuées" → "distribuees",
 * "œuvre" → "oeuvre"). Folding works one code point at a time so that the tokenizer can keep each token's
 * offsets into the original text.
 */
final class Fold {

    /** Folded forms of U+0000..U+024F (Latin, Latin-1, Latin Extended-A and -B), computed once. */
    private static final String[] LATIN = new String[0x250];

    static {
        for (int cp = 0; cp < LATIN.length; cp++) LATIN[cp] = compute(cp);
    }

    private Fold() {}

    static void append(StringBuilder out, int cp) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp < LATIN.length) {
            out.append(LATIN[cp]);
        } else {
            out.append(compute(cp));
        }
    }

    static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    private static String compute(int cp) {
        switch (cp) {
            case 'œ', 'Œ': return "oe";
            case 'æ', 'Æ': return "ae";
            case 'ß': return "ss";
            default: break;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Letters, digits and combining marks make up words; everything else separates them. */
    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }
}
