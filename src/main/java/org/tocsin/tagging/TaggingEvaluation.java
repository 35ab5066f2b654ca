package org.tocsin.tagging;

import org.tocsin.common.TocsinException;
import org.tocsin.taxonomy.RiskFactor;
import org.tocsin.taxonomy.Taxonomy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the tagger against codes given by analysts (the {@code indicators} of case files).
 *
 * <p>Two levels, both micro-averaged over records and reported per risk factor:
 * <ul>
 *   <li><b>Factor level.</b> A record's gold set and suggested set are reduced to their risk factors
 *       ({@code RF07.04} → {@code RF07}); a factor is a true positive when both sets have it. Each factor
 *       counts at most once per record.</li>
 *   <li><b>Indicator level.</b> Codes count individually. A gold indicator code ({@code RF07.04}) is met only by
 *       the same suggested code. A gold factor-level code ({@code RF10}, "this factor, no single indicator
 *       fits") is met by any suggested code of that factor: suggestions that are not themselves gold codes but
 *       fall under a gold factor-level code are merged into it, so three RF10.xx suggestions against a gold
 *       RF10 make one true positive, not three.</li>
 * </ul>
 * Precision = true positives / suggested; recall = true positives / gold. Records with no gold codes are part
 * of the evaluation: the annotators judged them not to be risk evidence, so every suggestion on them is a
 * false positive.
 */
public final class TaggingEvaluation {

    /** Minimum confidences at which the overall scores are also reported. */
    public static final List<Double> OPERATING_POINTS = List.of(0.0, 0.4, 0.5, 0.6, 0.7, 0.8);

    private final Tagger tagger;
    private final Taxonomy taxonomy;
    private final double minConfidence;

    public TaggingEvaluation(Tagger tagger, Taxonomy taxonomy) {
        this(tagger, taxonomy, 0.0);
    }

    public TaggingEvaluation(Tagger tagger, Taxonomy taxonomy, double minConfidence) {
        this.tagger = tagger;
        this.taxonomy = taxonomy;
        this.minConfidence = minConfidence;
    }

    /** Evaluates the standard tagger on case files (JSON Lines with {@code summary} and {@code indicators}). */
    public static TaggingReport evaluateFiles(List<Path> files) {
        Taxonomy taxonomy = Taxonomy.framework();
        return new TaggingEvaluation(Tagger.standard(taxonomy), taxonomy).evaluatePaths(files);
    }

    public TaggingReport evaluatePaths(List<Path> files) {
        List<LabelledText> items = new ArrayList<>();
        for (Path file : files) items.addAll(readCaseFile(file));
        return evaluate(items, files.stream().map(p -> p.getFileName().toString()).toList());
    }

    public TaggingReport evaluate(List<LabelledText> items, List<String> sources) {
        List<List<Suggestion>> suggestions = items.stream().map(item -> tagger.suggest(item.text())).toList();

        Counts factors = new Counts();
        Counts indicators = new Counts();
        List<TaggingReport.DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LabelledText item = items.get(i);
            Set<String> suggested = codes(suggestions.get(i), minConfidence);
            factors.add(factorsOf(item.gold()), factorsOf(suggested));
            Set<String> units = indicatorUnits(suggested, item.gold());
            indicators.add(item.gold(), units);
            results.add(new TaggingReport.DocumentResult(item.id(), List.copyOf(item.gold()), List.copyOf(suggested),
                    List.copyOf(minus(item.gold(), units)), List.copyOf(minus(units, item.gold()))));
        }

        List<TaggingReport.OperatingPoint> points = new ArrayList<>();
        for (double threshold : OPERATING_POINTS) {
            Counts f = new Counts();
            Counts ind = new Counts();
            for (int i = 0; i < items.size(); i++) {
                Set<String> gold = items.get(i).gold();
                Set<String> suggested = codes(suggestions.get(i), threshold);
                f.add(factorsOf(gold), factorsOf(suggested));
                ind.add(gold, indicatorUnits(suggested, gold));
            }
            points.add(new TaggingReport.OperatingPoint(threshold, f.overall(), ind.overall()));
        }

        Map<String, String> versions = new LinkedHashMap<>(tagger.ruleBook().versions());
        versions.put("taxonomy", taxonomy.version());
        int withGold = (int) items.stream().filter(item -> !item.gold().isEmpty()).count();
        return new TaggingReport(sources, versions, items.size(), withGold, minConfidence,
                factors.level("factor"), indicators.level("indicator"), points, results);
    }

    /** Reads one case file: every JSON object with a {@code summary}; {@code indicators} are its gold codes. */
    public static List<LabelledText> readCaseFile(Path file) {
        JsonMapper mapper = JsonMapper.builder().build();
        List<LabelledText> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (JacksonException e) {
                    throw new TocsinException(file.getFileName() + ":" + number + ": not a JSON object", e);
                }
                JsonNode summary = node.path("summary");
                if (!summary.isString() || summary.asString().isBlank()) continue;
                Set<String> gold = new TreeSet<>();
                for (JsonNode code : node.path("indicators")) gold.add(code.asString());
                String id = node.path("id").isString() ? node.path("id").asString() : file.getFileName() + ":" + number;
                items.add(new LabelledText(id, summary.asString(), gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    // ---- definitions ---------------------------------------------------------------------------------

    private static Set<String> codes(List<Suggestion> suggestions, double threshold) {
        Set<String> codes = new TreeSet<>();
        for (Suggestion s : suggestions) {
            if (s.confidence() >= threshold) codes.add(s.code());
        }
        return codes;
    }

    static Set<String> factorsOf(Set<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String c : codes) out.add(Taxonomy.factorOf(c));
        return out;
    }

    /** Suggested codes as indicator-level units: those under a gold factor-level code collapse into it. */
    static Set<String> indicatorUnits(Set<String> suggested, Set<String> gold) {
        Set<String> out = new TreeSet<>();
        for (String s : suggested) {
            String factor = Taxonomy.factorOf(s);
            out.add(!gold.contains(s) && gold.contains(factor) ? factor : s);
        }
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** gold, suggested and true-positive counts per factor. */
    private final class Counts {
        private final Map<String, int[]> byFactor = new LinkedHashMap<>();

        Counts() {
            for (RiskFactor f : taxonomy.factors()) byFactor.put(f.code(), new int[3]);
        }

        void add(Set<String> gold, Set<String> suggested) {
            Set<String> hits = new HashSet<>(gold);
            hits.retainAll(suggested);
            gold.forEach(c -> counts(c)[0]++);
            suggested.forEach(c -> counts(c)[1]++);
            hits.forEach(c -> counts(c)[2]++);
        }

        private int[] counts(String code) {
            return byFactor.computeIfAbsent(Taxonomy.factorOf(code), k -> new int[3]);
        }

        TaggingReport.Row overall() {
            int[] sum = new int[3];
            byFactor.values().forEach(c -> { sum[0] += c[0]; sum[1] += c[1]; sum[2] += c[2]; });
            return TaggingReport.Row.of("all", sum[0], sum[1], sum[2]);
        }

        TaggingReport.Level level(String name) {
            List<TaggingReport.Row> rows = new ArrayList<>();
            byFactor.forEach((factor, c) -> rows.add(TaggingReport.Row.of(factor, c[0], c[1], c[2])));
            return new TaggingReport.Level(name, rows, overall());
        }
    }
}
