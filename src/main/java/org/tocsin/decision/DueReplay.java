package org.tocsin.decision;

import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.Evidence;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.RiskAssessment;
import org.tocsin.fusion.RiskLevel;
import org.tocsin.fusion.RiskTimeline;
import org.tocsin.fusion.SituationArea;
import org.tocsin.fusion.SituationRisk;
import org.tocsin.intake.Signal;
import org.tocsin.situation.Situation;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * When each determination would have fallen due in a historical case, and what the evidence would
 * have pre-filled: the same engine and the same {@link DuePolicy} as the service, on a simulated
 * clock. Pure and in memory. Evidence is built as {@code CaseReplay} builds it (each record's own
 * indicators count, located through the situation's area); the situation is assessed on each day
 * evidence arrived (a prompt can only start to hold when evidence arrives: with no new evidence,
 * strengths only decay). No determination is ever recorded in a replay, so each type falls due once.
 */
public final class DueReplay {

    private final Taxonomy taxonomy;
    private final FusionParameters parameters;
    private final CountryNames countries;
    private final DeterminationCatalogue catalogue;
    private final DuePolicy policy;

    public DueReplay(Taxonomy taxonomy, FusionParameters parameters, CountryNames countries, DeterminationCatalogue catalogue,
                     DuePolicy policy) {
        this.taxonomy = taxonomy;
        this.parameters = parameters;
        this.countries = countries;
        this.catalogue = catalogue;
        this.policy = policy;
    }

    /** With the shipped catalogue, default prompting parameters and the taxonomy's engine. */
    public static DueReplay standard(Taxonomy taxonomy, FusionParameters parameters, CountryNames countries) {
        return new DueReplay(taxonomy, parameters, countries, DeterminationCatalogue.standard(taxonomy), DuePolicy.standard());
    }

    /** The replay's answer: the determinations that fell due, in the order they did. */
    public record Result(String situation, List<FallingDue> due, Map<String, String> summaries) {
        public Result {
            due = List.copyOf(due);
            summaries = Map.copyOf(summaries);
        }

        public Optional<FallingDue> first(String type) {
            return due.stream().filter(d -> d.type().equals(type)).findFirst();
        }
    }

    /**
     * One determination falling due.
     *
     * @param levelSince the day the situation reached {@code level}, from the replay's timeline (null if unknown)
     * @param later      evidence that arrived in the following days bearing on the type's elements
     */
    public record FallingDue(String type, String typeName, LocalDate on, RiskLevel level, LocalDate levelSince, String rule,
                             String reason, List<TriggerSignal> evidence, Prefill prefill, LocalDate deadline,
                             List<LaterEvidence> later) {
        public FallingDue {
            evidence = List.copyOf(evidence);
            later = List.copyOf(later);
        }
    }

    /** A signal known after the type fell due whose codes map to its elements or inference rules. */
    public record LaterEvidence(String id, String sourceId, LocalDate knownOn, List<String> codes, List<String> targets) {
        public LaterEvidence {
            codes = List.copyOf(codes);
            targets = List.copyOf(targets);
        }
    }

    /**
     * @param inOrderKnown the case's records in the order they became known ({@code CaseFile.inOrderKnown()})
     * @param timeline     the replay's level timeline, for the level each due date stood at (may be null)
     */
    public Result run(Situation situation, List<Signal> inOrderKnown, RiskTimeline timeline) {
        SituationArea area = SituationArea.of(situation, countries);
        TreeMap<LocalDate, List<Evidence>> byDay = new TreeMap<>();
        Map<String, Signal> byId = new LinkedHashMap<>();
        for (Signal s : inOrderKnown) {
            Evidence e = area.evidence(s, Set.copyOf(s.indicators()));
            byDay.computeIfAbsent(e.knownOn(), d -> new ArrayList<>()).add(e);
            byId.putIfAbsent(s.key().id(), s);
        }
        SituationRisk risk = new SituationRisk(situation.id(), taxonomy, parameters);
        List<FallingDue> due = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (var day : byDay.entrySet()) {
            day.getValue().forEach(risk::add);
            RiskAssessment a = risk.assess(day.getKey());
            for (DuePolicy.Prompt.Due p : policy.due(a)) {
                if (!done.add(p.type())) continue;
                DeterminationType type = catalogue.type(p.type()).orElseThrow();
                LocalDate deadline = day.getKey().plusDays((long) Math.ceil(p.within().toHours() / 24.0));
                due.add(new FallingDue(type.id(), type.name(), day.getKey(), a.level(), levelSince(timeline, day.getKey(), a.level()),
                        p.rule(), p.reason(), p.evidence(), PrefillPolicy.prefill(type, a.explanation(), catalogue), deadline,
                        later(type, byDay, day.getKey())));
            }
        }
        Map<String, String> summaries = new LinkedHashMap<>();
        byId.forEach((id, s) -> summaries.put(id, s.summary()));
        return new Result(situation.id(), due, summaries);
    }

    private static LocalDate levelSince(RiskTimeline timeline, LocalDate on, RiskLevel level) {
        if (timeline == null) return null;
        LocalDate since = null;
        for (RiskTimeline.LevelChange c : timeline.changes()) {
            if (c.on().isAfter(on)) break;
            if (c.to() == level) since = c.on();
        }
        return since;
    }

    private List<LaterEvidence> later(DeterminationType type, TreeMap<LocalDate, List<Evidence>> byDay, LocalDate on) {
        List<LaterEvidence> out = new ArrayList<>();
        LocalDate until = on.plusDays(policy.parameters().laterEvidenceDays());
        for (var day : byDay.subMap(on, false, until, true).entrySet()) {
            for (Evidence e : day.getValue()) {
                if (e.mitigating()) continue;
                Set<String> codes = new LinkedHashSet<>();
                Set<String> targets = new LinkedHashSet<>();
                for (String code : e.codes()) {
                    for (IndicatorMapping m : catalogue.mappingsFor(code)) {
                        for (String t : m.elements()) {
                            if (type.requirementOf(t).isPresent() || type.group(t).isPresent()) {
                                codes.add(code);
                                targets.add(t);
                            }
                        }
                        for (String r : m.inferenceRules()) {
                            InferenceRule rule = catalogue.rule(r).orElseThrow();
                            for (String el : type.elementIds()) {
                                if (rule.appliesTo(el)) {
                                    codes.add(code);
                                    targets.add(r + " for " + el);
                                }
                            }
                        }
                    }
                }
                if (!targets.isEmpty()) {
                    out.add(new LaterEvidence(e.key().id(), e.sourceId(), day.getKey(), List.copyOf(codes), List.copyOf(targets)));
                }
            }
        }
        return out;
    }
}
