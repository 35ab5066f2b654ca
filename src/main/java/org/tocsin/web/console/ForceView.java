package org.tocsin.web.console;

import org.tocsin.protection.Confidence;
import org.tocsin.protection.Contingent;
import org.tocsin.protection.ContingentKind;
import org.tocsin.protection.Dependency;
import org.tocsin.protection.Estimate;
import org.tocsin.protection.Figure;
import org.tocsin.protection.ForceEvent;
import org.tocsin.protection.ForceModel;
import org.tocsin.protection.ForceStrength;
import org.tocsin.protection.Guard;
import org.tocsin.protection.GuardPolicy;
import org.tocsin.protection.Reading;
import org.tocsin.protection.Site;
import org.tocsin.protection.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A situation's force on one day, as the console shows it: the whole force, each contingent with its
 * strength that day and over time, each protected site with the people sheltering there and its guard,
 * and the dependencies between them. Every number keeps its range, its confidence and its sources: the
 * reading is {@link ForceModel}'s own (it never looks ahead of the day).
 */
record ForceView(LocalDate on, ForceStrength total, ForceStrength units, List<ContingentRow> contingents, List<SiteRow> sites,
                 List<DependencyRow> dependencies, Map<String, Source> sources, LocalDate first, LocalDate last) {

    /** A reading for display: a range when established, the words of the model otherwise. */
    record Value(boolean established, Range range, String confidence, List<String> notes, List<String> sources, String text) {
        public String confidenceCss() { return confidence == null ? "confidence-none" : "confidence-" + confidence; }
    }

    record Range(long value, long low, long high) {
        public boolean point() { return low == high; }

        static Range of(Estimate e) { return new Range(e.value(), e.low(), e.high()); }
    }

    /** One sourced figure of a series, as the force file gives it. */
    record FigureRow(String date, Range range, String confidence, List<String> sources, String note) {}

    /**
     * @param guards  the sites it guards that day, by id
     * @param chart   its strength over time (null for a grouping of separate arrivals, which is not a series)
     */
    record ContingentRow(String id, String country, String unit, ContingentKind kind, List<String> roles, List<String> locations,
                         String equipment, Value strength, List<FigureRow> figures, List<String> guards, List<DependencyRow> dependsOn,
                         StrengthChart chart, String notes) {}

    /**
     * @param guard     "guarded", "uncertain" or "unguarded" that day (the model's {@link GuardPolicy})
     * @param guardText who guards it that day, in the file's words, with troops and confidence
     * @param reason    the model's reason for the guard's state (English)
     */
    record SiteRow(String id, String name, String city, Double lat, Double lon, String locationPrecision, String locationConfidence,
                   Value people, String guard, List<String> guardText, String guardedBy, String reason, List<EventRow> events,
                   String finding) {
        public String guardCss() { return "guard-" + guard; }
    }

    record EventRow(String date, String type, String description, String confidence, List<String> sources) {}

    record DependencyRow(String from, String to, String type, String description, String confidence, List<String> sources,
                         boolean carriesLoss) {}

    static ForceView of(ForceModel force, LocalDate on, int minimumDetachment) {
        GuardPolicy policy = new GuardPolicy(minimumDetachment);
        LocalDate first = null, last = null;
        for (Contingent c : force.contingents()) {
            for (Figure f : c.strength().figures()) {
                if (first == null || f.date().earliest().isBefore(first)) first = f.date().earliest();
                if (last == null || f.date().latest().isAfter(last)) last = f.date().latest();
            }
        }
        if (first == null) first = on;
        if (last == null) last = on;

        List<SiteRow> sites = new ArrayList<>();
        for (Site s : force.sites()) sites.add(site(force, s, on, policy));

        List<ContingentRow> contingents = new ArrayList<>();
        for (Contingent c : force.contingents()) {
            List<String> guards = new ArrayList<>();
            for (Site s : force.sites()) {
                for (Guard g : force.guardsOn(s, on)) if (g.contingent().map(c.id()::equals).orElse(false)) guards.add(s.id());
            }
            List<DependencyRow> dependsOn = force.dependencies().stream().filter(d -> d.from().equals(c.id())).map(ForceView::dependency).toList();
            StrengthChart chart = c.kind() == ContingentKind.GROUPING ? null : StrengthChart.of(c.id(), c.strength(), first, last, on);
            contingents.add(new ContingentRow(c.id(), c.country(), c.unit(), c.kind(), c.roles(), c.locations(),
                    c.equipment().map(t -> t.text()).orElse(null), value(c.strength().at(on)),
                    c.strength().figures().stream().map(ForceView::figure).toList(), guards, dependsOn, chart, c.notes()));
        }
        return new ForceView(on, force.strengthOn(on), force.unitsOn(on), contingents, sites,
                force.dependencies().stream().map(ForceView::dependency).toList(), force.sources(), first, last);
    }

    private static SiteRow site(ForceModel force, Site s, LocalDate on, GuardPolicy policy) {
        GuardPolicy.Status status = policy.on(force, s, on, Set.of());
        String guard = switch (status) {
            case GuardPolicy.Guarded _ -> "guarded";
            case GuardPolicy.Uncertain _ -> "uncertain";
            case GuardPolicy.Unguarded _ -> "unguarded";
        };
        List<String> guardText = force.guardsOn(s, on).stream().map(Guard::text).toList();
        // who guards it, in a word for the map: the contingent's id, or the start of the file's description ("UNAMIR")
        String guardedBy = force.guardsOn(s, on).stream().map(g -> g.contingent().orElseGet(() -> {
            String t = g.by().text();
            int cut = t.indexOf(" (");
            return (cut > 0 ? t.substring(0, cut) : t).strip();
        })).distinct().reduce((a, b) -> a + ", " + b).orElse(null);
        Double lat = null, lon = null;
        String precision = null, confidence = null;
        if (s.location().isPresent()) {
            var l = s.location().get();
            if (l.coordinates().isPresent()) {
                lat = l.coordinates().get().lat();
                lon = l.coordinates().get().lon();
            }
            precision = l.precision().isEmpty() ? null : l.precision();
            confidence = l.provenance() == null ? null : l.provenance().confidence().wire();
        }
        List<EventRow> events = s.events().stream().map(ForceView::event).toList();
        return new SiteRow(s.id(), s.name(), s.city(), lat, lon, precision, confidence, value(s.peopleOn(on)), guard, guardText,
                guardedBy, status.reason(), events, s.finding().isEmpty() ? null : s.finding());
    }

    static Value value(Reading r) {
        return switch (r) {
            case Reading.Established e -> new Value(true, Range.of(e.estimate()), e.confidence().wire(), e.notes(), r.sources(), r.text());
            case Reading.NotEstablished n -> new Value(false, null, n.confidence().wire(), n.notes(), r.sources(), r.text());
            case Reading.NoFigure _ -> new Value(false, null, null, List.of(), List.of(), r.text());
        };
    }

    static Value value(ForceStrength s) {
        return new Value(s.estimate().isPresent(), s.estimate().map(Range::of).orElse(null), s.confidence().wire(), List.of(s.how()),
                s.sources(), s.text());
    }

    private static FigureRow figure(Figure f) {
        return new FigureRow(f.date().text(), f.estimate().map(Range::of).orElse(null), f.confidence().wire(),
                f.provenance().sources(), f.note().isEmpty() ? null : f.note());
    }

    private static EventRow event(ForceEvent e) {
        return new EventRow(e.date().text() + (e.time().isEmpty() ? "" : " " + e.time()), e.type(), e.description(),
                e.provenance().confidence().wire(), e.provenance().sources());
    }

    static DependencyRow dependency(Dependency d) {
        return new DependencyRow(d.from(), d.to(), d.type(), d.description(), d.provenance().confidence().wire(), d.provenance().sources(),
                d.kind().carriesLoss());
    }

    public Value totalValue() { return value(total); }

    public Value unitsValue() { return value(units); }

    /** The confidence levels of the force file's scale, weakest last, for the legend. */
    public List<String> confidences() {
        return java.util.Arrays.stream(Confidence.values()).map(Confidence::wire).toList();
    }

    /** A source id's citation, for a title: the id itself when the file does not cite it. */
    public String citation(String id) {
        Source s = sources.get(id);
        return s == null || s.citation() == null ? id : s.citation();
    }
}
