package org.tocsin.tagging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of comparing suggestions with analysts' codes (see {@link TaggingEvaluation} for the exact
 * definitions). A plain record tree: it serialises to JSON as it is, and {@link #render()} prints it as text.
 *
 * @param sources          the files (or other sources) the records came from
 * @param versions         the version of each rule file used, and of the taxonomy
 * @param documents        records with a summary
 * @param documentsWithGold records with at least one gold code; the others (not risk evidence) still count:
 *                          any suggestion on them is a false positive
 * @param minConfidence    suggestions below this confidence were ignored
 * @param factorLevel      scores where a code counts only by its risk factor, once per record
 * @param indicatorLevel   scores where codes count individually (factor-level gold codes met by any code of the factor)
 * @param operatingPoints  overall scores at several minimum confidences
 * @param results          per record: gold codes, suggested codes, what was missed and what was spurious
 */
public record TaggingReport(List<String> sources, Map<String, String> versions, int documents, int documentsWithGold,
                            double minConfidence, Level factorLevel, Level indicatorLevel,
                            List<OperatingPoint> operatingPoints, List<DocumentResult> results) {

    public TaggingReport {
        sources = List.copyOf(sources);
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        operatingPoints = List.copyOf(operatingPoints);
        results = List.copyOf(results);
    }

    /**
     * One line of a score table. {@code precision} is null when nothing was suggested and {@code recall} when
     * nothing was expected: an undefined ratio is shown as such, not as 0 or 1.
     */
    public record Row(String factor, int gold, int suggested, int truePositives, Double precision, Double recall) {

        static Row of(String factor, int gold, int suggested, int tp) {
            return new Row(factor, gold, suggested, tp, suggested == 0 ? null : (double) tp / suggested,
                    gold == 0 ? null : (double) tp / gold);
        }

        /** Harmonic mean of precision and recall, or null when either is undefined. */
        public Double f1() {
            if (precision == null || recall == null) return null;
            return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** Scores per risk factor (RF01…RF14) and micro-averaged over all of them. */
    public record Level(String name, List<Row> byFactor, Row overall) {
        public Level {
            byFactor = List.copyOf(byFactor);
        }
    }

    public record OperatingPoint(double minConfidence, Row factorLevel, Row indicatorLevel) {}

    public record DocumentResult(String id, List<String> gold, List<String> suggested, List<String> missed,
                                 List<String> spurious) {
        public DocumentResult {
            gold = List.copyOf(gold);
            suggested = List.copyOf(suggested);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    /** The report as plain-text tables. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Indicator suggestion from text: evaluation\n");
        out.append("Sources: ").append(String.join(", ", sources)).append('\n');
        out.append("Records: ").append(documents).append(" (").append(documentsWithGold)
                .append(" with gold codes; suggestions on the others count as false positives)\n");
        out.append("Rules: ");
        out.append(String.join(", ", versions.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Suggestions with confidence >= %.2f%n", minConfidence));
        out.append('\n');
        table(out, "Factor level (each risk factor counts once per record)", factorLevel);
        out.append('\n');
        table(out, "Indicator level (a factor-level gold code such as RF10 is met by any RF10.xx)", indicatorLevel);
        out.append('\n');
        out.append("Operating points (micro-averaged)\n");
        out.append(String.format(Locale.ROOT, "%-9s %8s %8s %8s %8s %8s %8s%n",
                "min conf", "fact P", "fact R", "fact F1", "ind P", "ind R", "ind F1"));
        for (OperatingPoint p : operatingPoints) {
            out.append(String.format(Locale.ROOT, "%-9.2f %8s %8s %8s %8s %8s %8s%n", p.minConfidence(),
                    ratio(p.factorLevel().precision()), ratio(p.factorLevel().recall()), ratio(p.factorLevel().f1()),
                    ratio(p.indicatorLevel().precision()), ratio(p.indicatorLevel().recall()),
                    ratio(p.indicatorLevel().f1())));
        }
        return out.toString();
    }

    /** Per-record misses and false positives, for an analyst reviewing the rules. */
    public String renderDetails() {
        StringBuilder out = new StringBuilder();
        for (DocumentResult r : results) {
            if (r.missed().isEmpty() && r.spurious().isEmpty()) continue;
            out.append(r.id()).append("  gold ").append(r.gold()).append("  suggested ").append(r.suggested());
            if (!r.missed().isEmpty()) out.append("  missed ").append(r.missed());
            if (!r.spurious().isEmpty()) out.append("  spurious ").append(r.spurious());
            out.append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Level level) {
        out.append(title).append('\n');
        out.append(String.format(Locale.ROOT, "%-7s %6s %10s %6s %10s %8s%n", "factor", "gold", "suggested", "TP",
                "precision", "recall"));
        for (Row r : level.byFactor()) row(out, r);
        row(out, level.overall());
    }

    private static void row(StringBuilder out, Row r) {
        out.append(String.format(Locale.ROOT, "%-7s %6d %10d %6d %10s %8s%n", r.factor(), r.gold(), r.suggested(),
                r.truePositives(), ratio(r.precision()), ratio(r.recall())));
    }

    private static String ratio(Double x) {
        return x == null ? "-" : String.format(Locale.ROOT, "%.2f", x);
    }
}
