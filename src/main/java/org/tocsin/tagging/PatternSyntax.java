package org.tocsin.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pattern language of the rule files. It is deliberately not a regular expression: it has no
 * nesting, no unbounded repetition and no backtracking beyond short, bounded gaps, so an analyst can read
 * every rule and no rule can make tagging slow.
 *
 * <pre>
 *   weapons              the word itself (case and accents do not matter)
 *   distribut*           any word starting with the stem: distribute, distributed, distribution…
 *   #                    any number ("1,700")
 *   hate_radio           words in a row: "hate radio"; coup_d_etat matches "coup d'État"
 *   arms|weapon*|gun     one of the alternatives
 *   &#64;ARMS                a word class from classes.tsv (a named list of alternatives)
 *   A ~4 B               A, then B after at most 4 other words, in the same sentence
 *   A B                  A directly followed by B
 *   P || Q               either pattern P or pattern Q
 * </pre>
 */
final class PatternSyntax {

    static final int MAX_GAP = 8;
    static final int MIN_STEM = 3;

    /** One element of a branch and the number of words allowed before it (0 for the first). */
    record Step(int maxGap, List<Term> alternatives) {}

    private PatternSyntax() {}

    /** @throws IllegalArgumentException naming what is wrong, for the rule file's error message */
    static List<List<Step>> parse(String pattern, Map<String, String> classes) {
        if (pattern == null || pattern.isBlank()) throw new IllegalArgumentException("empty pattern");
        checkCharacters(pattern);
        List<List<Step>> branches = new ArrayList<>();
        for (String branch : pattern.split("\\|\\|", -1)) {
            branches.add(parseBranch(branch.trim(), classes));
        }
        return branches;
    }

    /** The alternatives of one element (a class body, a cue list): {@code no|not|never}. */
    static List<Term> parseAlternatives(String alternatives, Map<String, String> classes) {
        checkCharacters(alternatives);
        Set<Term> terms = new LinkedHashSet<>();
        expand(alternatives.trim(), classes, terms, new HashSet<>());
        return List.copyOf(terms);
    }

    private static List<Step> parseBranch(String branch, Map<String, String> classes) {
        if (branch.isEmpty()) throw new IllegalArgumentException("empty alternative around '||'");
        List<Step> steps = new ArrayList<>();
        int gap = -1;
        for (String item : branch.split("\\s+")) {
            if (item.startsWith("~")) {
                if (steps.isEmpty()) throw new IllegalArgumentException("a pattern cannot start with a gap: " + item);
                if (gap >= 0) throw new IllegalArgumentException("two gaps in a row: " + item);
                gap = parseGap(item);
            } else {
                steps.add(new Step(steps.isEmpty() ? 0 : Math.max(gap, 0), parseAlternatives(item, classes)));
                gap = -1;
            }
        }
        if (gap >= 0) throw new IllegalArgumentException("a pattern cannot end with a gap");
        return steps;
    }

    private static int parseGap(String item) {
        String digits = item.substring(1);
        if (!digits.matches("\\d{1,2}")) throw new IllegalArgumentException("a gap is ~ and a number: " + item);
        int n = Integer.parseInt(digits);
        if (n < 1 || n > MAX_GAP) throw new IllegalArgumentException("a gap must be between ~1 and ~" + MAX_GAP + ": " + item);
        return n;
    }

    private static void expand(String alternatives, Map<String, String> classes, Set<Term> out, Set<String> visiting) {
        for (String alt : alternatives.split("\\|", -1)) {
            if (alt.isEmpty()) throw new IllegalArgumentException("empty alternative in '" + alternatives + "'");
            if (alt.startsWith("@")) {
                String name = alt.substring(1);
                String body = classes.get(name);
                if (body == null) throw new IllegalArgumentException("unknown word class @" + name);
                if (!visiting.add(name)) throw new IllegalArgumentException("word class @" + name + " refers to itself");
                expand(body.trim(), classes, out, visiting);
                visiting.remove(name);
            } else {
                out.add(term(alt));
            }
        }
    }

    private static Term term(String alt) {
        List<Term.Word> words = new ArrayList<>();
        // underscores, hyphens and apostrophes separate words exactly as the tokenizer does
        for (String raw : alt.split("[_\\-'\u2019]", -1)) {
            if (raw.isEmpty()) throw new IllegalArgumentException("empty word in '" + alt + "'");
            if (raw.equals("#")) {
                words.add(new Term.Word("#", false, true));
                continue;
            }
            boolean stem = raw.endsWith("*");
            String body = stem ? raw.substring(0, raw.length() - 1) : raw;
            if (body.indexOf('*') >= 0 || body.indexOf('#') >= 0) {
                throw new IllegalArgumentException("'*' may only end a word and '#' stands alone: " + alt);
            }
            String folded = Fold.fold(body);
            if (!folded.codePoints().allMatch(Fold::isWordChar) || folded.isEmpty()) {
                throw new IllegalArgumentException("not a word: '" + raw + "' in '" + alt + "'");
            }
            if (stem && folded.length() < MIN_STEM) {
                throw new IllegalArgumentException("a stem needs at least " + MIN_STEM + " letters: " + raw);
            }
            words.add(new Term.Word(folded, stem, false));
        }
        return new Term(words);
    }

    private static void checkCharacters(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = Fold.isWordChar(cp) || Character.isWhitespace(cp) || "_-'\u2019*#@|~".indexOf(cp) >= 0;
            if (!ok) {
                throw new IllegalArgumentException("unsupported character '" + new String(Character.toChars(cp))
                        + "': patterns are not regular expressions (see the file header)");
            }
            i += Character.charCount(cp);
        }
    }
}
