package org.tocsin.protection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire form of assessments and readings (snake_case, as the rest of the API): plain maps and lists,
 * so the REST API, the command line and the stored copy of an assessment say exactly the same.
 * Every number travels with its range, confidence and sources.
 */
public final class ImpactJson {

    private ImpactJson() {}

    public static Map<String, Object> of(ImpactAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("situation", a.basis().situation());
        m.put("force_version", a.basis().version().isPresent() ? a.basis().version().getAsInt() : null);
        m.put("force", a.basis().label());
        m.put("on", a.on().toString());
        m.put("change", change(a.change()));
        m.put("form", a.form().wire());
        m.put("force_before", strength(a.forceBefore()));
        m.put("force_after", a.forceAfter().map(ImpactJson::estimate).orElse(null));
        m.put("sites_unguarded", a.sitesUnguarded());
        m.put("people_exposed", exposure(a.exposed()));
        m.put("people_exposed_if_followers_leave", exposure(a.atRiskIfFollowed()));
        m.put("sites", a.sites().stream().map(ImpactJson::site).toList());
        m.put("dependents", a.dependents().stream().map(d -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("node", d.node());
            x.put("path", d.path());
            x.put("type", d.via().type());
            x.put("confidence", d.confidence().wire());
            x.put("sources", d.via().provenance().sources());
            x.put("description", d.via().description());
            return x;
        }).toList());
        m.put("likely_to_follow", a.likelyToFollow().stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("contingent", f.contingent());
            x.put("reason", f.reason());
            x.put("confidence", f.confidence().wire());
            x.put("sources", f.basis().stream().flatMap(d -> d.provenance().sources().stream()).distinct().toList());
            x.put("research", f.research());
            return x;
        }).toList());
        m.put("pressures", a.pressures().stream().map(ImpactJson::dependency).toList());
        m.put("mitigations", a.mitigations().stream().map(ImpactJson::dependency).toList());
        m.put("coverage", a.coverage().map(ImpactJson::coverage).orElse(null));
        m.put("assumptions", a.assumptions());
        m.put("notes", a.notes());
        m.put("text", a.toText());
        return m;
    }

    public static Map<String, Object> change(ProposedChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        switch (c) {
            case ProposedChange.Withdrawal w -> m.put("contingent", w.contingent());
            case ProposedChange.SiteLeft s -> m.put("site", s.site());
            case ProposedChange.ForceCut f -> m.put("target_strength", f.targetStrength());
        }
        m.put("text", c.text());
        return m;
    }

    public static Map<String, Object> reading(Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("on", r.on().toString());
        switch (r) {
            case Reading.Established e -> {
                m.put("established", true);
                m.putAll(estimate(e.estimate()));
                m.put("confidence", e.confidence().wire());
                m.put("notes", e.notes());
            }
            case Reading.NotEstablished n -> {
                m.put("established", false);
                m.put("value", null);
                m.put("confidence", n.confidence().wire());
                m.put("notes", n.notes());
            }
            case Reading.NoFigure _ -> {
                m.put("established", false);
                m.put("value", null);
                m.put("confidence", null);
                m.put("notes", List.of("no figure on or before this day"));
            }
        }
        m.put("sources", r.sources());
        m.put("basis", r.basis().stream().map(ImpactJson::figure).toList());
        m.put("text", r.text());
        return m;
    }

    public static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", f.date().text());
        if (f.estimate().isPresent()) m.putAll(estimate(f.estimate().get()));
        else m.put("value", null);
        m.put("confidence", f.confidence().wire());
        m.put("sources", f.provenance().sources());
        if (!f.note().isEmpty()) m.put("note", f.note());
        return m;
    }

    public static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("low", e.low());
        m.put("high", e.high());
        return m;
    }

    private static Map<String, Object> strength(ForceStrength s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.estimate().isPresent()) m.putAll(estimate(s.estimate().get()));
        else m.put("value", null);
        m.put("confidence", s.confidence().wire());
        m.put("how", s.how());
        m.put("sources", s.sources());
        return m;
    }

    private static Map<String, Object> exposure(Exposure e) {
        Map<String, Object> m = new LinkedHashMap<>(estimate(e.people()));
        m.put("confidence", e.confidence().map(Confidence::wire).orElse(null));
        m.put("sites", e.sites());
        m.put("not_counted", e.unknownSites());
        return m;
    }

    private static Map<String, Object> site(SiteImpact s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", s.site());
        m.put("name", s.name());
        m.put("outcome", s.outcome().wire());
        m.put("people", reading(s.people()));
        m.put("guards", s.guards().stream().map(ImpactJson::guard).toList());
        m.put("reason", s.reason());
        return m;
    }

    public static Map<String, Object> guard(Guard g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", g.from().text());
        m.put("to", g.to().text());
        switch (g.by()) {
            case Guard.ByContingent c -> m.put("contingent", c.contingent());
            case Guard.ByDescription d -> m.put("described", d.text());
        }
        m.put("troops", g.troops().map(ImpactJson::estimate).orElse(null));
        m.put("confidence", g.provenance().confidence().wire());
        m.put("sources", g.provenance().sources());
        if (!g.note().isEmpty()) m.put("note", g.note());
        return m;
    }

    private static Map<String, Object> dependency(Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", d.from());
        m.put("to", d.to());
        m.put("type", d.type());
        m.put("description", d.description());
        m.put("confidence", d.provenance().confidence().wire());
        m.put("sources", d.provenance().sources());
        return m;
    }

    private static Map<String, Object> coverage(CutCoverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target_strength", c.targetStrength());
        m.put("guard_strength", Map.of("pessimistic", c.guardStrength().low(), "central", c.guardStrength().value(),
                "optimistic", c.guardStrength().high()));
        m.put("minimum_detachment", c.minimumDetachment());
        m.put("sites", c.sites().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("site", s.site());
            x.put("pessimistic", share(s.pessimistic()));
            x.put("central", share(s.central()));
            x.put("optimistic", share(s.optimistic()));
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> share(CutCoverage.Share s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("required", s.required());
        m.put("allocated", s.allocated());
        m.put("held", s.held());
        return m;
    }
}
