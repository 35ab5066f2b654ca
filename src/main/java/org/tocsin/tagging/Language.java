package org.tocsin.tagging;

import java.util.Locale;

/**
 * The languages a rule file can be written for. English and French are the working languages of the
 * reports Tocsin takes in; Kinyarwanda terms (hate vocabulary, euphemisms) turn up inside either, so
 * the Kinyarwanda lexicon is applied to every text.
 */
public enum Language {
    EN, FR, RW;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code().equals(code)) return l;
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en, fr or rw)");
    }
}
