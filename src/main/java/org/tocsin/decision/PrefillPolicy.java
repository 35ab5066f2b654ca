package org.tocsin.decision;

import org.tocsin.fusion.Explanation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pre-fills a determination type's elements from a fusion explanation, strictly through the
 * catalogue's mappings (determination.md section 5.2): indicators pre-fill elements only where the
 * reference maps them; the rest is a person's finding. A mapping to an inference rule suggests the
 * rule on every element of the type it bears on (preparation, RF07, suggests INF-9 for GEN-I).
 * Nothing here sets a status.
 */
public final class PrefillPolicy {

    /** Evidence that has decayed below this strength is no longer suggested. */
    static final double MIN_STRENGTH = 0.02;
    static final int SIGNALS_PER_ELEMENT = 10;

    private PrefillPolicy() {}

    private static final class Acc {
        final Set<String> codes = new LinkedHashSet<>();
        final Set<String> rules = new LinkedHashSet<>();
        final Map<String, TriggerSignal> signals = new LinkedHashMap<>();
        final Set<String> basis = new LinkedHashSet<>();

        void add(Explanation.IndicatorEvidence ind, IndicatorMapping m) {
            codes.add(ind.code());
            basis.add(m.source() + (m.provenance().isBlank() ? "" : " " + m.provenance()));
            for (Explanation.SourceEvidence s : ind.sources()) {
                for (Explanation.WeightedSignal w : s.signals()) {
                    signals.merge(w.key().id(), TriggerSignal.of(w.key(), w.sourceId(), ind.code(), w.weight()), TriggerSignal::and);
                }
            }
        }

        Prefill.ElementSuggestion suggestion(String target, boolean group) {
            List<TriggerSignal> heaviest = signals.values().stream()
                    .sorted(Comparator.comparingDouble(TriggerSignal::weight).reversed().thenComparing(t -> t.key().id()))
                    .limit(SIGNALS_PER_ELEMENT).toList();
            return new Prefill.ElementSuggestion(target, group, List.copyOf(codes), List.copyOf(rules), heaviest, List.copyOf(basis));
        }
    }

    public static Prefill prefill(DeterminationType type, Explanation explanation, DeterminationCatalogue catalogue) {
        Map<String, Acc> byTarget = new LinkedHashMap<>();
        for (Explanation.FactorEvidence factor : explanation.factors()) {
            for (Explanation.IndicatorEvidence ind : factor.indicators()) {
                if (ind.strength() < MIN_STRENGTH) continue;
                for (IndicatorMapping m : catalogue.mappingsFor(ind.code())) {
                    for (String target : m.elements()) {
                        if (type.requirementOf(target).isPresent() || type.group(target).isPresent()) {
                            byTarget.computeIfAbsent(target, k -> new Acc()).add(ind, m);
                        }
                    }
                    for (String ruleId : m.inferenceRules()) {
                        InferenceRule rule = catalogue.rule(ruleId).orElseThrow();
                        for (String element : type.elementIds()) {
                            if (!rule.appliesTo(element)) continue;
                            Acc acc = byTarget.computeIfAbsent(element, k -> new Acc());
                            acc.add(ind, m);
                            acc.rules.add(ruleId);
                        }
                    }
                }
            }
        }
        List<Prefill.ElementSuggestion> suggestions = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Set<String> groupsSeen = new LinkedHashSet<>();
        for (DeterminationType.TypeElement te : type.elements()) {
            String group = te.requirement().group();
            if (group != null && groupsSeen.add(group) && byTarget.containsKey(group)) {
                suggestions.add(byTarget.get(group).suggestion(group, true));
            }
            Acc acc = byTarget.get(te.element());
            if (acc == null) left.add(te.element());
            else suggestions.add(acc.suggestion(te.element(), false));
        }
        return new Prefill(type.id(), suggestions, left);
    }
}
