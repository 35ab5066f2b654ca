package org.tocsin.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A peacekeeping mission's force as one version of its force file describes it: contingents and their
 * strength over time, protected sites with the people sheltering there and their guards, the
 * dependencies between them, what happened, and the sources of every figure. Immutable; a change is a
 * new version ({@link ForceVersion}).
 */
public record ForceModel(String title, Map<String, Source> sources, List<Contingent> contingents, List<Site> sites,
                         List<Dependency> dependencies, List<ForceEvent> events, List<ModelReference> models) {

    public ForceModel {
        title = title == null ? "" : title;
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        contingents = List.copyOf(contingents);
        sites = List.copyOf(sites);
        dependencies = List.copyOf(dependencies);
        events = List.copyOf(events);
        models = List.copyOf(models);
    }

    public Optional<Contingent> contingent(String id) {
        return contingents.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The unit a country contributed, when the file names exactly one for it ("Belgium" → BEL_KIBAT). */
    public Optional<Contingent> unitOf(String country) {
        List<Contingent> found = units().stream().filter(c -> c.country().equalsIgnoreCase(country)).toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The units that count towards the force and can guard or leave (not the total, not groupings). */
    public List<Contingent> units() {
        return contingents.stream().filter(c -> c.kind() == ContingentKind.UNIT).toList();
    }

    public Optional<Contingent> missionTotal() {
        return contingents.stream().filter(c -> c.kind() == ContingentKind.MISSION_TOTAL).findFirst();
    }

    /** "Strength of X on day D": a value, a range and a confidence, with the figures behind them. */
    public Optional<Reading> strength(String contingent, LocalDate on) {
        return contingent(contingent).map(c -> c.strength().at(on));
    }

    /** People sheltering at a site on day D. */
    public Optional<Reading> people(String site, LocalDate on) {
        return site(site).map(s -> s.peopleOn(on));
    }

    /** The whole force on day D: the reported total when it is established, else the sum of the units. */
    public ForceStrength strengthOn(LocalDate on) {
        Optional<Contingent> total = missionTotal();
        if (total.isPresent() && total.get().strength().at(on) instanceof Reading.Established e) {
            Figure f = e.basis().getFirst();
            return new ForceStrength(Optional.of(e.estimate()), e.confidence(),
                    total.get().id() + " as last reported on " + f.date().text(), e.sources());
        }
        return unitsOn(on);
    }

    /** The sum of the units' strengths on day D; units without an established figure are named, not counted. */
    public ForceStrength unitsOn(LocalDate on) {
        Estimate sum = Estimate.ZERO;
        List<Confidence> confidences = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Contingent c : units()) {
            switch (c.strength().at(on)) {
                case Reading.Established e -> {
                    sum = sum.plus(e.estimate());
                    confidences.add(e.confidence());
                    counted.add(c.id() + " " + Estimate.number(e.estimate().value()));
                    sources.addAll(e.sources());
                }
                case Reading.NotEstablished n -> {
                    unknown.add(c.id());
                    confidences.add(n.confidence());
                }
                case Reading.NoFigure _ -> unknown.add(c.id());
            }
        }
        String how = "sum of units (" + (counted.isEmpty() ? "none established" : String.join(", ", counted)) + ")"
                + (unknown.isEmpty() ? "" : "; not established: " + String.join(", ", unknown));
        Confidence confidence = unknown.isEmpty() ? Confidence.weakestOf(confidences) : Confidence.weakestOf(confidences).weakest(Confidence.LOW);
        return new ForceStrength(counted.isEmpty() ? Optional.empty() : Optional.of(sum), confidence, how,
                sources.stream().distinct().toList());
    }

    /**
     * The guards on record for a site on day D. A site with dated guard records has exactly those that
     * cover D; a site with none is guarded, undated, by whatever its {@code site_protection}
     * dependencies name.
     */
    public List<Guard> guardsOn(Site site, LocalDate on) {
        if (!site.guards().isEmpty()) return site.guards().stream().filter(g -> g.covers(on)).toList();
        return dependencies.stream().filter(d -> d.from().equals(site.id()) && d.kind() == DependencyKind.SITE_PROTECTION)
                .map(Guard::fromDependency).toList();
    }

    public DependencyGraph graph() {
        return new DependencyGraph(dependencies);
    }

    /** What an id in the dependency graph stands for, in words. */
    public String describe(String node) {
        Optional<Contingent> c = contingent(node);
        if (c.isPresent()) {
            return switch (c.get().kind()) {
                case UNIT -> "contingent (" + c.get().country() + ")";
                case MISSION_TOTAL -> "the mission as a whole";
                case GROUPING -> "grouping of contributors";
            };
        }
        if (site(node).isPresent()) return "protected site";
        return "asset or condition";
    }

    /** Research and doctrine in the file whose summary mentions {@code word} (e.g. "contagion"). */
    public List<ModelReference> modelsMentioning(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return models.stream().filter(m -> (m.title() + " " + m.keyContent()).toLowerCase(Locale.ROOT).contains(w)).toList();
    }
}
