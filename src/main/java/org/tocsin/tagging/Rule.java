package org.tocsin.tagging;

import java.util.List;

/**
 * One tagging rule, as an analyst reads it in a rule file: when {@code pattern} matches a text (and no
 * negation cue governs the match), suggest each of {@code codes} with {@code confidence}. {@code comment}
 * says why the words are evidence for the indicator; {@code origin} says where the rule was read
 * ({@code rules-en.tsv:42}).
 */
public record Rule(String id, Language language, List<String> codes, String pattern, double confidence,
                   String comment, String origin) {

    public Rule {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a rule needs an id");
        if (language == null) throw new IllegalArgumentException("rule " + id + " needs a language");
        codes = List.copyOf(codes);
        if (codes.isEmpty()) throw new IllegalArgumentException("rule " + id + " names no indicator code");
        if (pattern == null || pattern.isBlank()) throw new IllegalArgumentException("rule " + id + " has no pattern");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("rule " + id + ": confidence must be in (0, 1], was " + confidence);
        }
        comment = comment == null ? "" : comment;
        origin = origin == null ? "" : origin;
    }

    /** A rule written in code, for tests and experiments. */
    public static Rule of(String id, Language language, String code, String pattern, double confidence) {
        return new Rule(id, language, List.of(code), pattern, confidence, "", "code");
    }
}
