package org.tocsin.fusion;

import org.tocsin.intake.SignalKey;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One situation's fused risk, updated signal by signal. {@link #add(Evidence)} costs O(codes of the
 * signal) whatever the number of signals already held (hash maps keyed by indicator and independence
 * cluster, no scans; a relay that joins two clusters costs O(indicators of the smaller one)).
 * {@link #score(LocalDate)} costs O(indicators present); {@link #assess(LocalDate)} adds the
 * explanation at O(clusters).
 *
 * <p>The state is a function of the <em>set</em> of evidence, not of its order: per-cluster bests are
 * chosen by a total order, sums are exact ({@link ExactSum}) and all arithmetic is {@link StrictMath}.
 * So an incrementally updated situation and one rebuilt from scratch in any order give bit-identical
 * scores. Time is always passed in; nothing here reads a clock. The model itself is described in
 * {@code docs/risk-model.md}, "Fusion model".
 *
 * <p>Not thread-safe: updates to one situation are to be serialised by the caller.
 */
public final class SituationRisk {

    static final String MITIGATION = "mitigation";
    static final String KILLING = "killing";
    private static final double LN2 = StrictMath.log(2);
    private static final int FATALITY_SIGNALS_KEPT = 5;

    private final String situation;
    private final Taxonomy taxonomy;
    private final FusionParameters params;
    private final Independence independence = new Independence();
    private final Map<String, Track> tracks = new HashMap<>();
    /** Indicator codes with evidence, in code order so that every product is taken in the same order. */
    private final SortedSet<String> codes = new TreeSet<>();
    /** For each cluster root, the tracks it has evidence on (to merge them when clusters join). */
    private final Map<String, Set<String>> tracksOfCluster = new HashMap<>();
    /** For each cluster root, the source ids in it, for the explanation. */
    private final Map<String, SortedSet<String>> sourcesOfCluster = new HashMap<>();
    private final Set<SignalKey> seen = new HashSet<>();
    private final Track killing;
    private final Track mitigation;
    /** In-area fatalities from incident reports, anchored like track entries with the killing half-life. */
    private final ExactSum fatalities = new ExactSum();
    /** The largest in-area overall casualty estimate, anchored likewise (estimates are not added up). */
    private Track.Entry estimate;
    private final TreeSet<Track.Entry> fatalitySignals = new TreeSet<>(Track.Entry.ORDER);
    private LocalDate latestKnownOn;

    public SituationRisk(String situation, Taxonomy taxonomy, FusionParameters params) {
        this.situation = Objects.requireNonNull(situation, "situation");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.params = Objects.requireNonNull(params, "params");
        this.killing = new Track(KILLING, params.killingHalfLifeDays(), params.repeatShare());
        this.mitigation = new Track(MITIGATION, params.dynamicHalfLifeDays(), params.repeatShare());
        tracks.put(KILLING, killing);
        tracks.put(MITIGATION, mitigation);
    }

    /** A situation built from scratch from a collection of evidence. */
    public static SituationRisk of(String situation, Taxonomy taxonomy, FusionParameters params, Collection<Evidence> evidence) {
        SituationRisk risk = new SituationRisk(situation, taxonomy, params);
        evidence.forEach(risk::add);
        return risk;
    }

    public String situation() { return situation; }

    public FusionParameters parameters() { return params; }

    /** How many signals have been taken in. */
    public int size() { return seen.size(); }

    /** The latest day any evidence counts from; assessments must not be earlier. */
    public LocalDate latestKnownOn() { return latestKnownOn; }

    /**
     * Takes in one signal's evidence. Returns false (and changes nothing) if a signal with the same key
     * was already taken in: signals are immutable, so the first arrival stands.
     */
    public boolean add(Evidence e) {
        if (!e.key().situation().equals(situation)) {
            throw new IllegalArgumentException("evidence " + e.key() + " belongs to another situation than " + situation);
        }
        if (!seen.add(e.key())) return false;

        String root = cluster(e);
        long day = e.knownOn().toEpochDay();
        double log2Weight = StrictMath.log(params.grade(e.reliability(), e.credibility())
                * params.precisionDiscount(e.uncertaintyDays())) / LN2;

        if (e.mitigating()) {
            // Evidence against risk: its codes say what it concerns, not what it shows.
            addEntry(root, mitigation, log2Weight, day, e);
        } else {
            boolean reportsKilling = false;
            for (String code : e.codes()) {
                if (!taxonomy.knows(code)) continue;
                boolean killingCode = params.killingIndicators().contains(code);
                if (killingCode && !e.locality().countsKillingIndicatorsAsRisk()) continue;
                reportsKilling |= killingCode;
                double w = params.indicatorWeight(code);
                addEntry(root, codeTrack(code), w == 1 ? log2Weight : log2Weight + StrictMath.log(w) / LN2, day, e);
            }
            if (reportsKilling && e.locality().countsAsKillingHere()) addEntry(root, killing, log2Weight, day, e);
        }
        if (e.fatalities() != null && e.fatalities() > 0 && e.locality().countsAsKillingHere()
                && params.countsFatalities(e.reliability(), e.credibility())) {
            addFatalities(e, day);
        }
        if (latestKnownOn == null || e.knownOn().isAfter(latestKnownOn)) latestKnownOn = e.knownOn();
        return true;
    }

    /** The level and score on a day: O(indicators present). */
    public RiskScore score(LocalDate at) {
        Fused f = fuse(at);
        return new RiskScore(at, f.level, f.score);
    }

    /** The level, score and full explanation on a day: O(independence clusters). */
    public RiskAssessment assess(LocalDate at) {
        Fused f = fuse(at);
        return new RiskAssessment(situation, at, f.level, f.score, new ExplanationBuilder(f).build());
    }

    // ---- independence ------------------------------------------------------------------------------

    /** Puts the record into its independence cluster (merging clusters a relay links) and returns the root. */
    private String cluster(Evidence e) {
        String node = Independence.recordNode(e.key().id());
        if (e.relays().isEmpty()) {
            join(node, Independence.sourceNode(e.sourceId()));
        } else {
            for (String relayed : e.relays()) join(node, Independence.recordNode(relayed));
        }
        String root = independence.find(node);
        sourcesOfCluster.computeIfAbsent(root, r -> new TreeSet<>())
                .add(e.relays().isEmpty() ? e.sourceId() : e.sourceId() + " (relay)");
        return root;
    }

    private void join(String a, String b) {
        Independence.Merge m = independence.union(a, b);
        if (m == null) return;
        Set<String> moved = tracksOfCluster.remove(m.absorbed());
        if (moved != null) {
            for (String name : moved) tracks.get(name).merge(m.absorbed(), m.survivor());
            tracksOfCluster.computeIfAbsent(m.survivor(), r -> new HashSet<>()).addAll(moved);
        }
        SortedSet<String> sources = sourcesOfCluster.remove(m.absorbed());
        if (sources != null) sourcesOfCluster.computeIfAbsent(m.survivor(), r -> new TreeSet<>()).addAll(sources);
    }

    // ---- updates -----------------------------------------------------------------------------------

    private Track codeTrack(String code) {
        Track t = tracks.get(code);
        if (t == null) {
            t = new Track(code, halfLifeOf(code), params.repeatShare());
            tracks.put(code, t);
            codes.add(code);
        }
        return t;
    }

    private double halfLifeOf(String code) {
        String kind = taxonomy.factor(Taxonomy.factorOf(code)).map(f -> f.kind()).orElse("DYNAMIC");
        return "STRUCTURAL".equals(kind) ? params.structuralHalfLifeDays() : params.dynamicHalfLifeDays();
    }

    private void addEntry(String root, Track track, double log2Weight, long day, Evidence e) {
        track.add(root, new Track.Entry(track.anchor(log2Weight, day), e.key(), e.sourceId()));
        tracksOfCluster.computeIfAbsent(root, r -> new HashSet<>()).add(track.name);
    }

    private void addFatalities(Evidence e, long day) {
        double anchored = StrictMath.log(e.fatalities()) / LN2 + day / params.killingHalfLifeDays();
        Track.Entry entry = new Track.Entry(anchored, e.key(), e.sourceId());
        if (e.casualtyEstimate()) {
            if (estimate == null || Track.Entry.ORDER.compare(entry, estimate) < 0) estimate = entry;
        } else {
            fatalities.add(ExactSum.Term.of(anchored));
        }
        fatalitySignals.add(entry);
        if (fatalitySignals.size() > FATALITY_SIGNALS_KEPT) fatalitySignals.pollLast();
    }

    // ---- fusion ------------------------------------------------------------------------------------

    /** Every intermediate value of one assessment; the explanation is built from it. */
    record Fused(long day, Map<String, Double> indicatorMass, Map<String, Double> indicatorStrength,
                 Map<String, Double> factorStrength, double base, double preparation, String partner,
                 double partnerStrength, double raw, double killingMass, double killingCorroboration,
                 double killingStrength, double fatalities, double mitigationMass, double mitigationStrength,
                 double score, RiskLevel level, Emergency emergency) {}

    /** Which rule, if any, found mass killing under way. */
    enum Emergency { NONE, BY_FATALITIES, BY_KILLING_EVIDENCE }

    private Fused fuse(LocalDate at) {
        Objects.requireNonNull(at, "at");
        if (latestKnownOn != null && at.isBefore(latestKnownOn)) {
            throw new IllegalArgumentException("cannot assess " + situation + " on " + at
                    + ": it holds evidence known only from " + latestKnownOn + " (replay evidence in the order it became known)");
        }
        long day = at.toEpochDay();
        Map<String, Double> mass = new TreeMap<>();
        Map<String, Double> strength = new TreeMap<>();
        Map<String, List<Double>> byFactor = new TreeMap<>();
        for (String code : codes) {
            double m = tracks.get(code).massOn(day);
            double s = saturate(m);
            mass.put(code, m);
            strength.put(code, s);
            byFactor.computeIfAbsent(Taxonomy.factorOf(code), k -> new ArrayList<>()).add(s);
        }
        // Within a factor: the strongest indicator counts fully, each further one adds a share (breadth).
        Map<String, Double> factor = new TreeMap<>();
        double none = 1;
        for (var entry : byFactor.entrySet()) {
            List<Double> s = entry.getValue();
            s.sort(Comparator.reverseOrder());
            double absent = 1 - s.getFirst();
            for (int i = 1; i < s.size(); i++) absent *= 1 - params.breadthShare() * s.get(i);
            double f = 1 - absent;
            factor.put(entry.getKey(), f);
            none *= 1 - params.factorWeight(entry.getKey()) * f;
        }
        double base = 1 - none;

        double killingMass = killing.massOn(day);
        double killingCorroboration = Math.max(0, killingMass - killing.strongestClusterOn(day));
        double killingStrength = saturate(killingMass);

        // Preparation weighs more together with a trigger, signs of intent or killing under way.
        double preparation = factor.getOrDefault("RF07", 0.0);
        String partner = "RF10";
        double partnerStrength = factor.getOrDefault("RF10", 0.0);
        if (factor.getOrDefault("RF08", 0.0) > partnerStrength) {
            partner = "RF08";
            partnerStrength = factor.get("RF08");
        }
        if (killingStrength > partnerStrength) {
            partner = KILLING;
            partnerStrength = killingStrength;
        }
        double raw = 1 - (1 - base) * (1 - params.combinationBonus() * preparation * partnerStrength);

        double mitigationMass = mitigation.massOn(day);
        double mitigationStrength = saturate(mitigationMass);
        double score = raw * (1 - params.mitigationCap() * mitigationStrength);

        double dead = Math.max(StrictMath.pow(2, fatalities.log2() - day / params.killingHalfLifeDays()),
                estimate == null ? 0 : StrictMath.pow(2, estimate.log2() - day / params.killingHalfLifeDays()));

        Emergency emergency = dead >= params.emergencyFatalities() ? Emergency.BY_FATALITIES
                : killingMass >= params.emergencyKillingEvidence() && killingCorroboration >= params.emergencyCorroboration()
                ? Emergency.BY_KILLING_EVIDENCE : Emergency.NONE;
        RiskLevel level = emergency != Emergency.NONE ? RiskLevel.EMERGENCY
                : score >= params.criticalThreshold() ? RiskLevel.CRITICAL
                : score >= params.highThreshold() ? RiskLevel.HIGH
                : score >= params.elevatedThreshold() ? RiskLevel.ELEVATED : RiskLevel.NORMAL;
        return new Fused(day, mass, strength, factor, base, preparation, partner, partnerStrength, raw, killingMass,
                killingCorroboration, killingStrength, dead, mitigationMass, mitigationStrength, score, level, emergency);
    }

    private double saturate(double mass) {
        return 1 - StrictMath.exp(-mass / params.saturation());
    }

    // ---- explanation -------------------------------------------------------------------------------

    /** Builds the explanation from one fusion's values: O(clusters), on demand only. */
    private final class ExplanationBuilder {
        private static final int SOURCES_SHOWN = 5;
        private static final int DRIVERS_SHOWN = 10;
        private static final int NAMES_SHOWN = 8;
        private final Fused f;

        ExplanationBuilder(Fused f) { this.f = f; }

        Explanation build() {
            List<Explanation.FactorEvidence> factors = new ArrayList<>();
            for (var entry : f.factorStrength().entrySet()) {
                String code = entry.getKey();
                List<Explanation.IndicatorEvidence> indicators = new ArrayList<>();
                for (String ind : codes) {
                    if (!Taxonomy.factorOf(ind).equals(code)) continue;
                    Track t = tracks.get(ind);
                    String text = taxonomy.indicator(ind).map(i -> i.text())
                            .or(() -> taxonomy.factor(ind).map(rf -> rf.name() + " (factor level)")).orElse("");
                    indicators.add(new Explanation.IndicatorEvidence(ind, text, f.indicatorMass().get(ind),
                            f.indicatorStrength().get(ind), t.independentSources(), sources(t)));
                }
                indicators.sort(Comparator.comparingDouble(Explanation.IndicatorEvidence::strength).reversed()
                        .thenComparing(Explanation.IndicatorEvidence::code));
                double weight = params.factorWeight(code);
                String name = taxonomy.factor(code).map(rf -> rf.name()).orElse(code);
                factors.add(new Explanation.FactorEvidence(code, name, weight, entry.getValue(), weight * entry.getValue(), indicators));
            }
            factors.sort(Comparator.comparingDouble(Explanation.FactorEvidence::contribution).reversed()
                    .thenComparing(Explanation.FactorEvidence::code));

            var combination = new Explanation.Combination(f.preparation(), f.partner(), f.partnerStrength(),
                    f.preparation() * f.partnerStrength(), f.raw() - f.base());
            var mitigationEvidence = new Explanation.Mitigation(f.mitigationMass(), f.mitigationStrength(),
                    f.raw() - f.score(), sources(mitigation));
            List<Explanation.WeightedSignal> dead = new ArrayList<>();
            for (Track.Entry e : fatalitySignals) {
                dead.add(new Explanation.WeightedSignal(e.key(), e.sourceId(),
                        StrictMath.pow(2, e.log2() - f.day() / params.killingHalfLifeDays())));
            }
            var killingEvidence = new Explanation.Killing(f.fatalities(), f.killingMass(), f.killingCorroboration(),
                    f.killingStrength(), f.level() == RiskLevel.EMERGENCY, dead, sources(killing));
            return new Explanation(reason(), factors, drivers(), combination, mitigationEvidence, killingEvidence);
        }

        /** The rule that set the level, with its numbers. */
        private String reason() {
            return switch (f.emergency()) {
                case BY_FATALITIES -> String.format(Locale.ROOT,
                        "mass killing under way: %.0f recent in-area deaths from well-graded reports (threshold %.0f)",
                        f.fatalities(), params.emergencyFatalities());
                case BY_KILLING_EVIDENCE -> String.format(Locale.ROOT,
                        "mass killing under way: in-area killing evidence %.2f (threshold %.2f), of which %.2f from sources "
                                + "independent of the strongest (threshold %.2f)", f.killingMass(), params.emergencyKillingEvidence(),
                        f.killingCorroboration(), params.emergencyCorroboration());
                case NONE -> {
                    String band = switch (f.level()) {
                        case CRITICAL -> String.format(Locale.ROOT, "at or above the CRITICAL threshold %.2f", params.criticalThreshold());
                        case HIGH -> String.format(Locale.ROOT, "at or above the HIGH threshold %.2f", params.highThreshold());
                        case ELEVATED -> String.format(Locale.ROOT, "at or above the ELEVATED threshold %.2f", params.elevatedThreshold());
                        default -> String.format(Locale.ROOT, "below the ELEVATED threshold %.2f", params.elevatedThreshold());
                    };
                    yield String.format(Locale.ROOT, "score %.3f %s; no mass killing shown in the area (%.0f recent deaths of %.0f, "
                            + "killing evidence %.2f of %.2f)", f.score(), band, f.fatalities(), params.emergencyFatalities(),
                            f.killingMass(), params.emergencyKillingEvidence());
                }
            };
        }

        private List<Explanation.SourceEvidence> sources(Track t) {
            var strongest = top(t.clusters.entrySet(), Comparator.comparingDouble(
                            (Map.Entry<String, Track.Cluster> c) -> c.getValue().log2).reversed()
                    .thenComparing(c -> c.getValue().best, Track.Entry.ORDER), SOURCES_SHOWN);
            List<Explanation.SourceEvidence> out = new ArrayList<>();
            for (var c : strongest) {
                Track.Cluster cl = c.getValue();
                List<Explanation.WeightedSignal> signals = new ArrayList<>();
                signals.add(weighted(t, cl.best));
                if (cl.second != null) signals.add(weighted(t, cl.second));
                SortedSet<String> names = sourcesOfCluster.getOrDefault(c.getKey(), new TreeSet<>());
                out.add(new Explanation.SourceEvidence(names.stream().limit(NAMES_SHOWN).toList(), names.size(),
                        t.at(cl.log2, f.day()), cl.reports, signals));
            }
            return out;
        }

        private Explanation.WeightedSignal weighted(Track t, Track.Entry e) {
            return new Explanation.WeightedSignal(e.key(), e.sourceId(), t.at(e.log2(), f.day()));
        }

        /** Signals ranked by weight × factor weight summed over the indicators where they count. */
        private List<Explanation.Driver> drivers() {
            record Acc(SignalKey key, String sourceId, double[] weightAndImpact, List<String> codes) {}
            Map<SignalKey, Acc> acc = new HashMap<>();
            for (String code : codes) {
                Track t = tracks.get(code);
                double factorWeight = params.factorWeight(Taxonomy.factorOf(code));
                for (Track.Cluster c : t.clusters.values()) {
                    for (Track.Entry e : c.second == null ? List.of(c.best) : List.of(c.best, c.second)) {
                        double w = t.at(e.log2(), f.day());
                        Acc a = acc.computeIfAbsent(e.key(), k -> new Acc(k, e.sourceId(), new double[2], new ArrayList<>()));
                        a.weightAndImpact()[0] = Math.max(a.weightAndImpact()[0], w);
                        a.weightAndImpact()[1] += w * factorWeight;
                        a.codes().add(code);
                    }
                }
            }
            List<Explanation.Driver> drivers = new ArrayList<>();
            for (Acc a : acc.values()) {
                drivers.add(new Explanation.Driver(a.key(), a.sourceId(), a.weightAndImpact()[0], a.weightAndImpact()[1], a.codes()));
            }
            return top(drivers, Comparator.comparingDouble(Explanation.Driver::impact).reversed()
                    .thenComparing(d -> d.key().id()), DRIVERS_SHOWN);
        }
    }

    /** The first {@code k} items in an order, without sorting them all: O(n log k). */
    static <T> List<T> top(Collection<T> items, Comparator<T> order, int k) {
        PriorityQueue<T> worstFirst = new PriorityQueue<>(order.reversed());
        for (T item : items) {
            worstFirst.add(item);
            if (worstFirst.size() > k) worstFirst.poll();
        }
        List<T> out = new ArrayList<>(worstFirst);
        out.sort(order);
        return out;
    }
}
