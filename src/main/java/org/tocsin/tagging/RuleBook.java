package org.tocsin.tagging;

import org.tocsin.common.TocsinException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link Tagger} is built from: the rules, the word classes they share, the cues (negation,
 * scope, stop words) and the version of each file read. The standard book is read from
 * {@code src/main/resources/tagging/}.
 */
public record RuleBook(List<Rule> rules, Map<String, String> classes, List<Cue> cues, Map<String, String> versions) {

    public static final String DIRECTORY = "/tagging/";
    public static final String CLASSES = "classes.tsv";
    public static final String CUES = "cues.tsv";
    public static final List<String> RULE_FILES = List.of("rules-en.tsv", "rules-fr.tsv", "lexicon-rw.tsv");

    public RuleBook {
        rules = List.copyOf(rules);
        classes = Map.copyOf(classes);
        cues = List.copyOf(cues);
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    /** The rule files shipped with Tocsin. */
    public static RuleBook standard() {
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            String classText = resource(CLASSES);
            versions.put(CLASSES, RuleFiles.version(classText, CLASSES));
            Map<String, String> classes = RuleFiles.classes(classText, CLASSES);
            String cueText = resource(CUES);
            versions.put(CUES, RuleFiles.version(cueText, CUES));
            List<Cue> cues = RuleFiles.cues(cueText, CUES);
            List<Rule> rules = new ArrayList<>();
            for (String file : RULE_FILES) {
                String text = resource(file);
                versions.put(file, RuleFiles.version(text, file));
                rules.addAll(RuleFiles.rules(text, file));
            }
            return new RuleBook(rules, classes, cues, versions);
        } catch (IllegalArgumentException e) {
            throw new TocsinException("tagging rules are malformed: " + e.getMessage(), e);
        }
    }

    /** The same classes, cues and versions with other rules: for tests and for comparing rule sets. */
    public RuleBook withRules(List<Rule> otherRules) {
        return new RuleBook(otherRules, classes, cues, versions);
    }

    private static String resource(String file) {
        try (InputStream in = RuleBook.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) throw new TocsinException("missing resource " + DIRECTORY + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
