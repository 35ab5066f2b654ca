package org.tocsin.fusion;

import org.tocsin.intake.SignalKey;

import java.util.List;

/**
 * Why a situation stands where it does, in a form a person can check: the factors and indicators that
 * carry the score, the independent sources and the specific signals behind each (with their weights
 * on the day assessed), the combination bonus, mitigation and killing evidence that applied, and the
 * rule that set the level. Plain data for a UI or a CLI; {@link RiskAssessment#toText()} renders it.
 *
 * @param levelReason which rule set the level, in words
 * @param factors     factors with evidence, heaviest contribution first
 * @param drivers     the signals that weigh most across all indicators, heaviest first
 */
public record Explanation(String levelReason, List<FactorEvidence> factors, List<Driver> drivers,
                          Combination combination, Mitigation mitigation, Killing killing) {

    public Explanation {
        factors = List.copyOf(factors);
        drivers = List.copyOf(drivers);
    }

    /**
     * One risk factor: strength in [0, 1] from its indicators, and how much of the score it can carry.
     *
     * @param contribution weight × strength: what the factor alone would add to an empty score
     */
    public record FactorEvidence(String code, String name, double weight, double strength, double contribution,
                                 List<IndicatorEvidence> indicators) {
        public FactorEvidence { indicators = List.copyOf(indicators); }
    }

    /**
     * One indicator code: its evidence mass (sum over independent clusters), strength, and the clusters.
     *
     * @param independentSources how many independence clusters report it
     * @param sources            the strongest clusters (at most a handful), strongest first
     */
    public record IndicatorEvidence(String code, String text, double mass, double strength, int independentSources,
                                    List<SourceEvidence> sources) {
        public IndicatorEvidence { sources = List.copyOf(sources); }
    }

    /**
     * One independence cluster's evidence on one indicator (or on mitigation or killing).
     *
     * @param sources      the source ids in the cluster (the first few); "(relay)" marks a source that only relayed
     * @param sourceCount  how many source ids the cluster has in all
     * @param contribution best report + repeat share × second best, decayed to the day assessed
     * @param reports      how many reports the cluster made on it
     * @param signals      its best and second-best reports with their decayed weights
     */
    public record SourceEvidence(List<String> sources, int sourceCount, double contribution, int reports, List<WeightedSignal> signals) {
        public SourceEvidence {
            sources = List.copyOf(sources);
            signals = List.copyOf(signals);
        }
    }

    /** A signal and its weight on the day assessed (grade × precision × decay). */
    public record WeightedSignal(SignalKey key, String sourceId, double weight) {}

    /**
     * A signal that drives the assessment.
     *
     * @param impact sum over the indicators it supports of its weight × its factor's weight
     * @param codes  the indicators it supports (where it is among its cluster's two best reports)
     */
    public record Driver(SignalKey key, String sourceId, double weight, double impact, List<String> codes) {
        public Driver { codes = List.copyOf(codes); }
    }

    /**
     * Preparation (RF07) combined with its strongest partner: triggers (RF08), intent (RF10) or killing.
     *
     * @param partner  {@code RF08}, {@code RF10} or {@code killing}
     * @param strength preparation × partner strength
     * @param bonus    score points the combination added
     */
    public record Combination(double preparation, String partner, double partnerStrength, double strength, double bonus) {}

    /**
     * Evidence against risk.
     *
     * @param reduction score points it removed
     */
    public record Mitigation(double mass, double strength, double reduction, List<SourceEvidence> sources) {
        public Mitigation { sources = List.copyOf(sources); }
    }

    /**
     * Killing in the area, the ground for EMERGENCY.
     *
     * @param fatalities      decayed in-area deaths from well-graded reports (the larger of incident sum and latest estimate)
     * @param evidenceMass    decayed mass of in-area killing indicators over independent clusters
     * @param corroboration   the part of that mass from clusters other than the strongest
     * @param strength        killing strength in [0, 1] (used in the combination)
     * @param fatalitySignals the reports whose fatalities weigh most, with decayed counts as weights
     * @param sources         the independent clusters reporting killing
     */
    public record Killing(double fatalities, double evidenceMass, double corroboration, double strength,
                          boolean underWay, List<WeightedSignal> fatalitySignals, List<SourceEvidence> sources) {
        public Killing {
            fatalitySignals = List.copyOf(fatalitySignals);
            sources = List.copyOf(sources);
        }
    }
}
