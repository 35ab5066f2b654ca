package org.tocsin.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tab-separated rule files. Lines starting with {@code #} are the header and comments; the
 * header must carry {@code # version: …}. Every error names the file and line, because the people who
 * edit these files are analysts, not programmers.
 */
final class RuleFiles {

    private static final Pattern VERSION = Pattern.compile("^#\\s*version:\\s*(\\S.*)$", Pattern.MULTILINE);
    private static final Pattern CLASS_NAME = Pattern.compile("@[A-Z][A-Z0-9_]*");

    private RuleFiles() {}

    static String version(String content, String file) {
        Matcher m = VERSION.matcher(content);
        if (!m.find()) throw new IllegalArgumentException(file + ": the header has no '# version: …' line");
        return m.group(1).trim();
    }

    /** Columns: id, lang, codes (comma-separated), pattern, confidence, comment. */
    static List<Rule> rules(String content, String file) {
        List<Rule> rules = new ArrayList<>();
        forEachRow(content, file, 6, (cols, where) -> {
            List<String> codes = new ArrayList<>();
            for (String c : cols[2].split(",")) {
                if (!c.isBlank()) codes.add(c.trim());
            }
            if (cols[5].isBlank()) throw new IllegalArgumentException("the comment column is empty: say why the rule is evidence");
            double confidence;
            try {
                confidence = Double.parseDouble(cols[4].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("confidence is not a number: '" + cols[4] + "'");
            }
            rules.add(new Rule(cols[0].trim(), Language.of(cols[1].trim()), codes, cols[3].trim(), confidence,
                    cols[5].trim(), where));
        });
        return rules;
    }

    /** Columns: name (@NAME), terms, comment. */
    static Map<String, String> classes(String content, String file) {
        Map<String, String> classes = new LinkedHashMap<>();
        forEachRow(content, file, 3, (cols, where) -> {
            String name = cols[0].trim();
            if (!CLASS_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a class name is @ and upper-case letters, digits or _: " + name);
            }
            if (classes.put(name.substring(1), cols[1].trim()) != null) {
                throw new IllegalArgumentException("class " + name + " is defined twice");
            }
        });
        return classes;
    }

    /** Columns: kind, lang, window, terms, comment. */
    static List<Cue> cues(String content, String file) {
        List<Cue> cues = new ArrayList<>();
        forEachRow(content, file, 5, (cols, where) -> {
            int window;
            try {
                window = cols[2].isBlank() || cols[2].trim().equals("-") ? 0 : Integer.parseInt(cols[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("window is not a number: '" + cols[2] + "'");
            }
            cues.add(new Cue(Cue.Kind.of(cols[0]), Language.of(cols[1].trim()), window, cols[3].trim(), cols[4].trim()));
        });
        return cues;
    }

    private interface Row {
        void accept(String[] columns, String where);
    }

    private static void forEachRow(String content, String file, int columns, Row row) {
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = file + ":" + (i + 1);
            String[] cols = line.split("\t", -1);
            try {
                if (cols.length != columns) {
                    throw new IllegalArgumentException("expected " + columns + " tab-separated columns, found " + cols.length);
                }
                row.accept(cols, where);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }
}
