package org.tocsin.web;

import org.tocsin.decision.ConclusionRule;
import org.tocsin.decision.Determination;
import org.tocsin.decision.DeterminationCatalogue;
import org.tocsin.decision.DeterminationDue;
import org.tocsin.decision.DeterminationService;
import org.tocsin.decision.DeterminationType;
import org.tocsin.decision.ElementFinding;
import org.tocsin.decision.EvidenceLink;
import org.tocsin.decision.HedgeLint;
import org.tocsin.decision.InferenceRule;
import org.tocsin.decision.LegalElement;
import org.tocsin.decision.ObligationDefinition;
import org.tocsin.decision.ObligationItem;
import org.tocsin.decision.ObligationUpdate;
import org.tocsin.decision.Prefill;
import org.tocsin.decision.StandardDefinition;
import org.tocsin.decision.TriggerSignal;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The determination API's JSON (snake_case, the codes and wire values of the data file). */
final class DeterminationJson {

    private DeterminationJson() {}

    // ---- the catalogue ---------------------------------------------------------------------------

    static Map<String, Object> catalogue(DeterminationCatalogue c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("catalogue", c.id());
        m.put("version", c.version());
        m.put("title", c.title());
        m.put("source", c.source());
        m.put("markers", c.markers());
        m.put("statuses", c.statuses().stream().map(s -> map("id", s.id(), "text", s.text(), "reference", s.reference())).toList());
        m.put("standards", c.standards().stream().map(DeterminationJson::standard).toList());
        m.put("default_standard", c.defaultStandard().id());
        m.put("types", c.types().stream().map(t -> type(t, c)).toList());
        m.put("inference_rules", c.inferenceRules().stream().map(DeterminationJson::rule).toList());
        m.put("obligations", c.obligations().stream().map(DeterminationJson::obligationDefinition).toList());
        m.put("mappings", c.mappings().stream().map(x -> map("codes", x.codes(), "elements", x.elements(),
                "inference_rules", x.inferenceRules(), "source", x.source(), "provenance", x.provenance())).toList());
        m.put("unmapped", c.unmapped());
        return m;
    }

    static Map<String, Object> standard(StandardDefinition s) {
        return map("id", s.standard().id(), "label", s.label(), "rank", s.standard().rank(),
                "axis", s.standard().isRiskThreshold() ? "risk" : "proof", "used_by", s.usedBy(), "definition", s.definition(),
                "only_reasonable_inference", s.onlyReasonableInference(), "provenance", s.provenance());
    }

    static Map<String, Object> type(DeterminationType t, DeterminationCatalogue c) {
        Map<String, Object> m = map("id", t.id(), "name", t.name(), "crime", t.crime(), "framework", t.framework(),
                "provenance", t.provenance(), "reference", t.reference(), "reading", t.reading());
        Map<String, String> statements = new LinkedHashMap<>();
        t.statements().forEach((q, s) -> statements.put(q.wire(), s));
        m.put("statements", statements);
        m.put("default_question", t.defaultQuestion().wire());
        m.put("standards", t.standards().stream().map(s -> s.id()).toList());
        m.put("default_standard", t.defaultStandard().id());
        m.put("groups", t.groups().stream().map(g -> map("id", g.id(), "name", g.name(), "rule", "at least one member established suffices",
                "members", t.members(g.id()))).toList());
        m.put("elements", t.elements().stream().map(te -> {
            Map<String, Object> e = element(c.element(te.element()).orElseThrow());
            e.put("requirement", te.requirement().kind().wire());
            e.put("group", te.requirement().group());
            e.put("inference_rules", c.inferenceRules().stream().filter(r -> r.appliesTo(te.element())).map(InferenceRule::id).toList());
            return e;
        }).toList());
        m.put("obligations", t.obligations().stream().map(o -> map("obligation", o.obligation(),
                "on", o.on().stream().map(x -> x.wire()).sorted().toList())).toList());
        m.put("fallback", t.fallbackType().map(f -> (Object) map("type", f.type(), "elements", f.elements(), "reason", f.reason())).orElse(null));
        return m;
    }

    static Map<String, Object> element(LegalElement e) {
        return map("element", e.id(), "name", e.name(), "kind", e.kind(), "level", e.level(), "text", e.text(),
                "typical_evidence", e.typicalEvidence(), "interpretation", e.interpretation(), "provenance", e.provenance(),
                "markers", List.copyOf(e.markers()), "to_confirm", e.toConfirm(), "exclusion_test", e.exclusionTest(),
                "reference", e.reference());
    }

    static Map<String, Object> rule(InferenceRule r) {
        return map("id", r.id(), "text", r.text(), "source", r.source(), "provenance", r.provenance(), "applies_to", List.copyOf(r.appliesTo()));
    }

    static Map<String, Object> obligationDefinition(ObligationDefinition o) {
        return map("id", o.id(), "kind", o.kind().wire(), "duty", o.duty(), "trigger", o.trigger(), "source", o.source(),
                "provenance", o.provenance(), "owner", o.owner(), "due_within", o.dueWithin() == null ? null : o.dueWithin().toString(),
                "due_within_provenance", o.dueWithinProvenance(), "tracked", o.tracked());
    }

    // ---- determinations ---------------------------------------------------------------------------

    static Map<String, Object> summary(Determination d, DeterminationService service) {
        ConclusionRule.Judgement j = d.judgement();
        return map("id", d.id(), "situation", d.situation(), "type", d.type(), "version", d.version(), "supersedes", d.supersedes(),
                "superseded_by", service.supersededBy(d.id()).orElse(null), "question", d.question().wire(),
                "standard", d.standard().id(), "conclusion", j.conclusion().wire(),
                "conclusion_label", d.conclusionLabel(service.catalogue()), "author", d.author(),
                "occurred_at", d.occurredAt().toString(), "recorded_at", d.recordedAt().toString());
    }

    /** The element grid, with the evidence behind each cell. */
    static Map<String, Object> grid(Determination d, DeterminationService service, Function<SignalKey, Optional<Signal>> signals) {
        DeterminationCatalogue c = service.catalogue();
        ConclusionRule.Judgement j = d.judgement();
        Map<String, Object> m = summary(d, service);
        m.put("type_name", c.type(d.type()).map(DeterminationType::name).orElse(d.type()));
        m.put("forum_analog", d.forum().wire());
        m.put("supersession_reason", d.supersessionReason());
        Map<String, Object> basis = new LinkedHashMap<>();
        Map<String, String> conjuncts = new LinkedHashMap<>();
        j.conjuncts().forEach((k, v) -> conjuncts.put(k, v.wire()));
        basis.put("conjuncts", conjuncts);
        basis.put("unaddressed", j.unaddressed());
        basis.put("not_established", j.notEstablished());
        basis.put("insufficient_information", j.insufficient());
        basis.put("carried_at", j.carriedAt().map(s -> s.id()).orElse(null));
        basis.put("rule", "established only if every required element and one member of each group of alternatives is established;"
                + " indeterminate while any of them is unaddressed, never 'not established'");
        m.put("conclusion_basis", basis);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (ElementFinding f : d.findings()) {
            Map<String, Object> cell = c.element(f.element()).map(DeterminationJson::element)
                    .orElseGet(() -> new LinkedHashMap<>(Map.of("element", f.element())));
            cell.put("requirement", f.requirement().kind().wire());
            cell.put("group", f.requirement().group());
            cell.put("status", f.status().wire());
            cell.put("standard", f.standard().id());
            cell.put("evidence", f.evidence().stream().map(e -> evidence(e, signals)).toList());
            cell.put("inference_rules", f.inferenceRules().stream().map(r -> c.rule(r).map(DeterminationJson::rule)
                    .orElse(map("id", r))).toList());
            cell.put("reasoning", f.reasoning());
            cells.add(cell);
        }
        m.put("elements", cells);
        m.put("alternatives", d.alternatives().stream().map(a -> map("text", a.text(), "rejected", a.rejected(), "reason", a.reason(),
                "evidence", a.evidence().stream().map(SignalKey::id).toList())).toList());
        m.put("co_signers", d.coSigners());
        m.put("dissents", d.dissents().stream().map(x -> map("person", x.person(), "text", x.text())).toList());
        m.put("note", d.note());
        m.put("note_warnings", HedgeLint.warnings(d.note()));
        m.put("period", d.period() == null ? null : map("from", text(d.period().from()), "to", text(d.period().to())));
        m.put("catalogue_version", d.catalogueVersion());
        m.put("content_hash", d.contentHash());
        m.put("obligations", service.obligationsOf(d).stream().map(ObligationItem::id).toList());
        return m;
    }

    private static Map<String, Object> evidence(EvidenceLink e, Function<SignalKey, Optional<Signal>> signals) {
        Map<String, Object> m = map("signal", e.signal().id(), "uid", e.signal().uuid().toString(), "bearing", e.bearing().wire(), "note", e.note());
        signals.apply(e.signal()).ifPresent(s -> {
            m.put("summary", s.summary());
            m.put("source_id", s.sourceId());
            m.put("source_type", s.sourceType().wire());
            m.put("reliability", s.reliability().name());
            m.put("credibility", s.credibility().grade());
            m.put("date", s.time().date().toString());
            m.put("indicators", s.indicators());
        });
        return m;
    }

    // ---- due items and obligations -----------------------------------------------------------------

    static Map<String, Object> due(DeterminationDue d, DeterminationCatalogue c, Instant now) {
        Map<String, Object> m = map("id", d.id(), "situation", d.situation(), "type", d.type(),
                "type_name", c.type(d.type()).map(DeterminationType::name).orElse(d.type()), "rule", d.rule(), "reason", d.reason(),
                "as_of", d.asOf().toString(), "level", d.level() == null ? null : d.level().name(),
                "opened_at", d.openedAt().toString(), "deadline", d.deadline().toString());
        switch (d.state()) {
            case DeterminationDue.State.Open o -> {
                m.put("status", "open");
                m.put("overdue", d.overdue(now));
                m.put("closed_by", null);
                m.put("closed_at", null);
            }
            case DeterminationDue.State.Closed cl -> {
                m.put("status", "closed");
                m.put("overdue", false);
                m.put("closed_by", cl.determination());
                m.put("closed_at", cl.closedAt().toString());
            }
        }
        m.put("evidence", d.evidence().stream().map(DeterminationJson::trigger).toList());
        m.put("prefill", prefill(d.prefill(), c));
        return m;
    }

    static Map<String, Object> prefill(Prefill p, DeterminationCatalogue c) {
        return map("note", "suggestions from the Framework indicators the reference maps to elements; every status is left for a person",
                "elements", p.suggestions().stream().map(s -> map("target", s.target(), "group", s.group(),
                        "name", s.group() ? "one of the listed acts" : c.element(s.target()).map(LegalElement::name).orElse(null),
                        "status", s.status().wire(), "codes", s.codes(), "inference_rules", s.inferenceRules(),
                        "signals", s.signals().stream().map(DeterminationJson::trigger).toList(), "basis", s.basis())).toList(),
                "left_for_analyst", p.leftForAnalyst());
    }

    static Map<String, Object> trigger(TriggerSignal t) {
        return map("signal", t.key().id(), "source_id", t.sourceId(), "codes", t.codes(), "weight", t.weight());
    }

    static Map<String, Object> obligation(ObligationItem o, Instant now) {
        return map("id", o.id(), "situation", o.situation(), "obligation", o.obligation(), "kind", o.kind().wire(), "duty", o.duty(),
                "source", o.source(), "provenance", o.provenance(), "owner", o.owner(), "due_at", o.dueAt().toString(),
                "status", o.state().wire(), "overdue", o.overdue(now), "determinations", o.determinations(),
                "opened_at", o.openedAt().toString(), "history", o.history().stream().map(DeterminationJson::update).toList());
    }

    static Map<String, Object> update(ObligationUpdate u) {
        return map("from", u.from(), "to", u.to(), "rationale", u.rationale(), "by", u.by(), "owner", u.owner(),
                "occurred_at", u.occurredAt().toString(), "recorded_at", u.recordedAt().toString());
    }

    private static String text(Object o) { return o == null ? null : o.toString(); }

    /** An ordered map that keeps nulls (JSON null), unlike Map.of. */
    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }
}
