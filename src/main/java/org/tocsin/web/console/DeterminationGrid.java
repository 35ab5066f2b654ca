package org.tocsin.web.console;

import org.tocsin.decision.AlternativeExplanation;
import org.tocsin.decision.Conclusion;
import org.tocsin.decision.ConclusionRule;
import org.tocsin.decision.Determination;
import org.tocsin.decision.DeterminationCatalogue;
import org.tocsin.decision.DeterminationType;
import org.tocsin.decision.ElementFinding;
import org.tocsin.decision.ElementStatus;
import org.tocsin.decision.EvidenceLink;
import org.tocsin.decision.HedgeLint;
import org.tocsin.decision.LegalElement;
import org.tocsin.decision.Prefill;
import org.tocsin.decision.Requirement;
import org.tocsin.decision.StandardOfProof;
import org.tocsin.decision.TriggerSignal;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A recorded determination as the console shows it: one row per element of its type (grouped
 * alternatives under a row of their own), each with its status, the standard applied, the inference
 * rules relied on, the signals behind it, the reasoning, and what the evidence pre-filled for it
 * beforehand (or that it was left for a person); then the conclusion as computed, conjunct by conjunct.
 * The legal texts are the catalogue's (English); everything else is words chosen by the template.
 *
 * @param prefill     what the evidence suggested for this type (the due item the determination closed,
 *                    else the situation's current evidence); null when there is none to show
 * @param prefillFrom where {@code prefill} comes from: {@code due} (the item it closed) or {@code current}
 */
record DeterminationGrid(Determination determination, String typeName, String statement, String conclusionLabel,
                         ConclusionRule.Judgement judgement, StandardView carriedAt, StandardView standard, List<Row> rows,
                         List<Conjunct> conjuncts, List<Alternative> alternatives, List<String> noteWarnings,
                         Prefill prefill, String prefillFrom) {

    /** A standard of proof with its label. */
    record StandardView(String id, String label, boolean riskThreshold) {
        static StandardView of(StandardOfProof s, DeterminationCatalogue c) {
            return new StandardView(s.id(), c.standard(s).label(), s.isRiskThreshold());
        }
    }

    /** An inference rule cited, with its text. */
    record Rule(String id, String text, String source) {}

    /**
     * A signal behind a cell.
     *
     * @param known false when the signal is no longer in the store (then only its id is shown)
     */
    record Evidence(String id, UUID uid, boolean supports, String note, boolean known, String excerpt, String grade, LocalDate date) {}

    /** What the evidence suggested for an element or a group, before anyone found anything. */
    record Suggested(List<String> codes, List<String> rules, List<TriggerSignal> signals) {
        static Suggested of(Prefill.ElementSuggestion s) {
            return new Suggested(s.codes(), s.inferenceRules(), s.signals());
        }
    }

    /**
     * One row of the grid: an element, or (with {@code group} set and {@code finding} null) the heading
     * of a group of alternatives, whose status is the group's as the conclusion counts it.
     *
     * @param suggested what the evidence pre-filled for it; null when nothing did (left for a person)
     */
    record Row(String element, String name, String text, Requirement.Kind requirement, String group, boolean heading,
               ElementStatus status, StandardView standard, List<Rule> rules, List<Evidence> evidence, String reasoning,
               boolean toConfirm, String provenance, Suggested suggested) {

        public String statusCss() { return "status-" + status.wire().replace('_', '-'); }
    }

    /** One conjunct of the conclusion: a required element or a group, with its status. */
    record Conjunct(String id, String name, ElementStatus status) {
        public String statusCss() { return "status-" + status.wire().replace('_', '-'); }
    }

    record Alternative(String text, boolean rejected, String reason, List<Evidence> evidence) {}

    static DeterminationGrid of(Determination d, DeterminationCatalogue c, Function<SignalKey, Optional<Signal>> signals,
                                Prefill prefill, String prefillFrom) {
        ConclusionRule.Judgement j = d.judgement();
        Optional<DeterminationType> type = c.type(d.type());
        String typeName = type.map(DeterminationType::name).orElse(d.type());
        String statement = type.map(t -> t.statements().get(d.question())).orElse(null);
        Map<String, Prefill.ElementSuggestion> suggestions = new LinkedHashMap<>();
        if (prefill != null) prefill.suggestions().forEach(s -> suggestions.put(s.target(), s));

        List<Row> rows = new ArrayList<>();
        List<String> groupsShown = new ArrayList<>();
        for (ElementFinding f : d.findings()) {
            String group = f.requirement().group();
            if (group != null && !groupsShown.contains(group)) {
                groupsShown.add(group);
                String groupName = type.flatMap(t -> t.group(group)).map(DeterminationType.Group::name).orElse(group);
                Prefill.ElementSuggestion s = suggestions.get(group);
                rows.add(new Row(group, groupName, null, Requirement.Kind.ONE_OF, group, true,
                        j.conjuncts().getOrDefault(group, ElementStatus.UNADDRESSED), null, List.of(), List.of(), null, false, null,
                        s == null ? null : Suggested.of(s)));
            }
            Optional<LegalElement> e = c.element(f.element());
            List<Rule> rules = f.inferenceRules().stream()
                    .map(r -> c.rule(r).map(x -> new Rule(x.id(), x.text(), x.source())).orElse(new Rule(r, null, null))).toList();
            List<Evidence> evidence = f.evidence().stream().map(l -> evidence(l.signal(), l.bearing() == EvidenceLink.Bearing.SUPPORTS,
                    l.note(), signals)).toList();
            Prefill.ElementSuggestion s = suggestions.get(f.element());
            rows.add(new Row(f.element(), e.map(LegalElement::name).orElse(f.element()), e.map(LegalElement::text).orElse(null),
                    f.requirement().kind(), group, false, f.status(), StandardView.of(f.standard(), c), rules, evidence, f.reasoning(),
                    e.map(LegalElement::toConfirm).orElse(false), e.map(LegalElement::provenance).orElse(null),
                    s == null ? null : Suggested.of(s)));
        }

        List<Conjunct> conjuncts = new ArrayList<>();
        j.conjuncts().forEach((id, status) -> conjuncts.add(new Conjunct(id, type.flatMap(t -> t.group(id)).map(DeterminationType.Group::name)
                .or(() -> c.element(id).map(LegalElement::name)).orElse(id), status)));

        List<Alternative> alternatives = d.alternatives().stream().map((AlternativeExplanation a) -> new Alternative(a.text(), a.rejected(),
                a.reason(), a.evidence().stream().map(k -> evidence(k, true, null, signals)).toList())).toList();

        return new DeterminationGrid(d, typeName, statement, d.conclusionLabel(c), j,
                j.carriedAt().map(s -> StandardView.of(s, c)).orElse(null), StandardView.of(d.standard(), c), rows, conjuncts,
                alternatives, HedgeLint.warnings(d.note()), prefill, prefillFrom);
    }

    private static Evidence evidence(SignalKey key, boolean supports, String note, Function<SignalKey, Optional<Signal>> signals) {
        Optional<Signal> s = signals.apply(key);
        return new Evidence(key.id(), key.uuid(), supports, note, s.isPresent(), s.map(x -> excerpt(x.summary(), 70)).orElse(null),
                s.map(x -> x.reliability().name() + x.credibility().grade()).orElse(null), s.map(x -> x.time().date()).orElse(null));
    }

    static String excerpt(String text, int max) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= max) return t;
        return t.substring(0, t.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }

    public Conclusion conclusion() { return judgement.conclusion(); }

    public String conclusionCss() { return "conclusion-" + conclusion().wire().replace('_', '-'); }

    /** Elements the determination addressed, and how many it has. */
    public long addressed() { return determination.findings().stream().filter(f -> f.status().addressed()).count(); }
}
