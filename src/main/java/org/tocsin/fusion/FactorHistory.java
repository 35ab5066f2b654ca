package org.tocsin.fusion;

import org.tocsin.intake.SignalStore;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;
import org.tocsin.tagging.IndicatorReview;
import org.tocsin.taxonomy.RiskFactor;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How strong each of the Framework's 14 risk factors stood at the end of each period of a situation's
 * history: the data of the console's factor heatmap. One pass over the situation's signals in the
 * order they became known, assessing at each period's end with the same engine and the same codes as
 * {@link FusionService} (submitted plus confirmed indicators), so a cell never disagrees with what the
 * engine said on that day. The period is chosen so that there are at most {@link #MAX_PERIODS}
 * columns: weeks, months, quarters or years.
 */
public final class FactorHistory {

    public static final int MAX_PERIODS = 24;

    /** The length of one column. */
    public enum Step {
        WEEK, MONTH, QUARTER, YEAR;

        LocalDate endOf(LocalDate day) {
            return switch (this) {
                case WEEK -> day.plusDays(7 - day.getDayOfWeek().getValue());
                case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
                case QUARTER -> {
                    int lastMonth = day.get(IsoFields.QUARTER_OF_YEAR) * 3;
                    yield day.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
                }
                case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
            };
        }

        LocalDate next(LocalDate periodEnd) { return endOf(periodEnd.plusDays(1)); }

        static Step fitting(LocalDate from, LocalDate to) {
            for (Step s : values()) {
                if (s.count(from, to) <= MAX_PERIODS) return s;
            }
            return YEAR;
        }

        long count(LocalDate from, LocalDate to) {
            long n = 0;
            for (LocalDate end = endOf(from); n <= MAX_PERIODS && !end.isAfter(endOf(to)); end = next(end)) n++;
            return n;
        }
    }

    /**
     * One column: the period's last day, or the day assessed if the history ends inside the period.
     *
     * @param strengths factor code → strength in [0, 1]; every factor of the taxonomy is present
     */
    public record Column(LocalDate from, LocalDate to, Map<String, Double> strengths, RiskLevel level, double score) {
        public Column { strengths = Map.copyOf(strengths); }
    }

    /** The heatmap: the factors in taxonomy order and the columns in time order. */
    public record Grid(String situation, Step step, List<String> factors, List<Column> columns) {
        public Grid {
            factors = List.copyOf(factors);
            columns = List.copyOf(columns);
        }

        public double strength(String factor, int column) { return columns.get(column).strengths().getOrDefault(factor, 0.0); }
    }

    private final SituationStore situations;
    private final SignalStore signals;
    private final IndicatorReview.Store suggestions;
    private final Taxonomy taxonomy;
    private final FusionParameters parameters;
    private final CountryNames countries;

    public FactorHistory(SituationStore situations, SignalStore signals, IndicatorReview.Store suggestions, Taxonomy taxonomy,
                         FusionParameters parameters, CountryNames countries) {
        this.situations = situations;
        this.signals = signals;
        this.suggestions = suggestions;
        this.taxonomy = taxonomy;
        this.parameters = parameters;
        this.countries = countries;
    }

    /**
     * The grid from the start of the situation's watch (or its first evidence, if earlier) to {@code until}.
     * Empty when the situation is unknown. Costs one pass over its signals plus one assessment per column;
     * call inside a transaction.
     */
    public Optional<Grid> until(String situationId, LocalDate until) {
        return situations.find(situationId).map(s -> grid(s, evidenceOf(s), until));
    }

    private List<Evidence> evidenceOf(Situation s) {
        SituationArea area = SituationArea.of(s, countries);
        Map<UUID, Set<String>> confirmed = suggestions.confirmed(s.id());
        List<Evidence> evidence = new ArrayList<>();
        signals.forEach(s.id(), signal -> evidence.add(area.evidence(signal, IndicatorReview.counting(signal, confirmed))));
        return evidence;
    }

    /** The grid over given evidence (in any order); exposed for replays that do not come from the store. */
    public Grid grid(Situation s, List<Evidence> evidence, LocalDate until) {
        // a stable sort: evidence of one day keeps its given (arrival) order, as in the engine's replays
        List<Evidence> ordered = evidence.stream().sorted(Comparator.comparing(Evidence::knownOn)).toList();
        LocalDate first = s.watchFrom();
        if (!ordered.isEmpty() && (first == null || ordered.getFirst().knownOn().isBefore(first))) first = ordered.getFirst().knownOn();
        if (first == null || first.isAfter(until)) first = until;
        // the engine refuses to assess before its latest evidence: never end before it
        LocalDate last = ordered.isEmpty() || !ordered.getLast().knownOn().isAfter(until) ? until : ordered.getLast().knownOn();

        Step step = Step.fitting(first, last);
        List<String> factors = taxonomy.factors().stream().map(RiskFactor::code).toList();
        SituationRisk risk = new SituationRisk(s.id(), taxonomy, parameters);
        List<Column> columns = new ArrayList<>();
        int next = 0;
        LocalDate from = first;
        for (LocalDate end = step.endOf(first); ; end = step.next(end)) {
            LocalDate at = end.isAfter(last) ? last : end;
            while (next < ordered.size() && !ordered.get(next).knownOn().isAfter(at)) risk.add(ordered.get(next++));
            RiskAssessment a = risk.assess(at);
            Map<String, Double> strengths = new LinkedHashMap<>();
            for (String f : factors) strengths.put(f, 0.0);
            for (Explanation.FactorEvidence f : a.explanation().factors()) strengths.put(f.code(), f.strength());
            columns.add(new Column(from, at, strengths, a.level(), a.score()));
            if (!end.isBefore(last)) break;
            from = end.plusDays(1);
        }
        return new Grid(s.id(), step, factors, columns);
    }
}
