package org.tocsin.fusion;

import org.tocsin.intake.Credibility;
import org.tocsin.intake.Reliability;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every number the fusion model uses. {@link #defaults()} is the reference setting; the reasoning
 * behind each default is in {@code docs/risk-model.md}, section "Fusion model". Weights, strengths and
 * scores are all in [0, 1]; "evidence mass" is a sum of signal weights (one fresh A1 report = 1).
 *
 * @param reliabilityFactors       weight factor per Admiralty source reliability (A 1.0 … E 0.15; F, "cannot be judged", 0.5)
 * @param credibilityFactors       weight factor per Admiralty information credibility (1 1.0 … 5 0.15; 6 0.5)
 * @param precisionScaleDays       date-precision discount 1 / (1 + uncertaintyDays / scale): a month-precision record weighs ~0.67
 * @param structuralHalfLifeDays   half-life of evidence for STRUCTURAL factors (RF01–RF06, RF09)
 * @param dynamicHalfLifeDays      half-life of evidence for DYNAMIC factors (RF07, RF08, RF10–RF14) and of mitigating evidence
 * @param repeatShare              how much of a cluster's second-best report is added to its best (repeats add little)
 * @param saturation               evidence mass at which a strength reaches 1 − 1/e ≈ 0.63; strength = 1 − exp(−mass / saturation)
 * @param breadthShare             within one factor, each indicator after the strongest adds this share of its strength
 * @param factorWeights            how far each factor alone can raise the score (factor code → weight)
 * @param indicatorWeights         multiplier on a signal's weight for particular indicator codes (absent = 1): speech
 *                                 indicators are discounted, being common where no atrocity follows
 * @param combinationBonus         how far preparation (RF07) combined with triggers (RF08), intent (RF10) or killing can raise it further
 * @param mitigationCap            the largest share of the score that mitigating evidence can remove
 * @param killingIndicators        indicator codes that report killing itself (targeted elimination, attacks on civilians)
 * @param killingHalfLifeDays      half-life of killing evidence and fatalities: "under way" means recent
 * @param killingMinReliability    fatalities count only from sources at least this reliable …
 * @param killingMinCredibility    … and from information at least this credible
 * @param emergencyFatalities      decayed in-area fatalities at or above which mass killing is under way
 * @param emergencyKillingEvidence decayed in-area killing-evidence mass at or above which mass killing is under way …
 * @param emergencyCorroboration   … provided at least this much of it comes from sources independent of the strongest one
 * @param elevatedThreshold        score from which the level is ELEVATED
 * @param highThreshold            score from which the level is HIGH
 * @param criticalThreshold        score from which the level is CRITICAL (EMERGENCY is decided by killing evidence, not by score)
 */
public record FusionParameters(
        Map<Reliability, Double> reliabilityFactors,
        Map<Credibility, Double> credibilityFactors,
        double precisionScaleDays,
        double structuralHalfLifeDays,
        double dynamicHalfLifeDays,
        double repeatShare,
        double saturation,
        double breadthShare,
        Map<String, Double> factorWeights,
        Map<String, Double> indicatorWeights,
        double combinationBonus,
        double mitigationCap,
        Set<String> killingIndicators,
        double killingHalfLifeDays,
        Reliability killingMinReliability,
        Credibility killingMinCredibility,
        double emergencyFatalities,
        double emergencyKillingEvidence,
        double emergencyCorroboration,
        double elevatedThreshold,
        double highThreshold,
        double criticalThreshold) {

    public FusionParameters {
        reliabilityFactors = complete(reliabilityFactors, Reliability.class, "reliabilityFactors");
        credibilityFactors = complete(credibilityFactors, Credibility.class, "credibilityFactors");
        factorWeights = Map.copyOf(Objects.requireNonNull(factorWeights, "factorWeights"));
        factorWeights.forEach((code, w) -> unit(w, "factorWeights." + code));
        indicatorWeights = Map.copyOf(Objects.requireNonNull(indicatorWeights, "indicatorWeights"));
        indicatorWeights.forEach((code, w) -> {
            unit(w, "indicatorWeights." + code);
            if (w == 0) throw new IllegalArgumentException("indicatorWeights." + code + " must be > 0 (leave a code out of the counting codes instead)");
        });
        killingIndicators = Set.copyOf(Objects.requireNonNull(killingIndicators, "killingIndicators"));
        Objects.requireNonNull(killingMinReliability, "killingMinReliability");
        Objects.requireNonNull(killingMinCredibility, "killingMinCredibility");
        positive(precisionScaleDays, "precisionScaleDays");
        positive(structuralHalfLifeDays, "structuralHalfLifeDays");
        positive(dynamicHalfLifeDays, "dynamicHalfLifeDays");
        positive(killingHalfLifeDays, "killingHalfLifeDays");
        positive(saturation, "saturation");
        unit(repeatShare, "repeatShare");
        unit(breadthShare, "breadthShare");
        unit(combinationBonus, "combinationBonus");
        unit(mitigationCap, "mitigationCap");
        positive(emergencyFatalities, "emergencyFatalities");
        positive(emergencyKillingEvidence, "emergencyKillingEvidence");
        if (!(emergencyCorroboration >= 0)) throw new IllegalArgumentException("emergencyCorroboration must be >= 0");
        if (!(0 < elevatedThreshold && elevatedThreshold < highThreshold && highThreshold < criticalThreshold && criticalThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < elevated < high < critical <= 1");
        }
    }

    /** The reference setting (see docs/risk-model.md for why each value). */
    public static FusionParameters defaults() {
        Map<Reliability, Double> reliability = new EnumMap<>(Reliability.class);
        reliability.put(Reliability.A, 1.0);
        reliability.put(Reliability.B, 0.8);
        reliability.put(Reliability.C, 0.6);
        reliability.put(Reliability.D, 0.35);
        reliability.put(Reliability.E, 0.15);
        reliability.put(Reliability.F, 0.5);
        Map<Credibility, Double> credibility = new EnumMap<>(Credibility.class);
        credibility.put(Credibility.CONFIRMED, 1.0);
        credibility.put(Credibility.PROBABLY_TRUE, 0.8);
        credibility.put(Credibility.POSSIBLY_TRUE, 0.6);
        credibility.put(Credibility.DOUBTFUL, 0.35);
        credibility.put(Credibility.IMPROBABLE, 0.15);
        credibility.put(Credibility.CANNOT_BE_JUDGED, 0.5);
        Map<String, Double> weights = new TreeMap<>();
        // Background conditions: each alone can lift a situation only a little.
        weights.put("RF01", 0.15);
        weights.put("RF02", 0.15);
        weights.put("RF03", 0.10);
        weights.put("RF04", 0.10);
        weights.put("RF05", 0.20);
        weights.put("RF06", 0.10);
        // The trajectory towards atrocity: preparation, triggers, and the crime-specific signs.
        weights.put("RF07", 0.35);
        weights.put("RF08", 0.25);
        weights.put("RF09", 0.15);
        weights.put("RF10", 0.45);
        weights.put("RF11", 0.40);
        weights.put("RF12", 0.30);
        weights.put("RF13", 0.15);
        weights.put("RF14", 0.10);
        // Words against a group are common where no atrocity follows; arms, militias and lists are not.
        Map<String, Double> speech = Map.of("RF07.13", 0.5, "RF07.14", 0.5, "RF10.06", 0.5);
        return new FusionParameters(reliability, credibility, 60, 365, 60, 0.1, 2.0, 0.5, weights, speech, 0.6, 0.5,
                Set.of("RF10.02", "RF11.01"), 14, Reliability.C, Credibility.POSSIBLY_TRUE,
                100, 1.5, 0.5, 0.20, 0.40, 0.65);
    }

    /** A copy with other level thresholds, e.g. for a sensitivity check. */
    public FusionParameters withThresholds(double elevated, double high, double critical) {
        return new FusionParameters(reliabilityFactors, credibilityFactors, precisionScaleDays, structuralHalfLifeDays,
                dynamicHalfLifeDays, repeatShare, saturation, breadthShare, factorWeights, indicatorWeights, combinationBonus, mitigationCap,
                killingIndicators, killingHalfLifeDays, killingMinReliability, killingMinCredibility, emergencyFatalities,
                emergencyKillingEvidence, emergencyCorroboration, elevated, high, critical);
    }

    /** The weight of a factor; a factor the setting does not list weighs nothing. */
    public double factorWeight(String factorCode) {
        return factorWeights.getOrDefault(factorCode, 0.0);
    }

    /** The multiplier on a signal's weight for one indicator code (1 unless listed). */
    public double indicatorWeight(String code) {
        return indicatorWeights.getOrDefault(code, 1.0);
    }

    /** Source-and-content grade of a signal, before decay and precision: reliability × credibility. */
    public double grade(Reliability reliability, Credibility credibility) {
        return reliabilityFactors.get(reliability) * credibilityFactors.get(credibility);
    }

    /** The date-precision discount for a record whose date is uncertain by so many days. */
    public double precisionDiscount(long uncertaintyDays) {
        return 1.0 / (1.0 + uncertaintyDays / precisionScaleDays);
    }

    /** Whether a source and its information are graded well enough for their fatality count to be believed. */
    public boolean countsFatalities(Reliability reliability, Credibility credibility) {
        return reliability.ordinal() <= killingMinReliability.ordinal() && credibility.ordinal() <= killingMinCredibility.ordinal();
    }

    private static <E extends Enum<E>> Map<E, Double> complete(Map<E, Double> map, Class<E> type, String name) {
        Objects.requireNonNull(map, name);
        Map<E, Double> copy = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            Double v = map.get(e);
            if (v == null) throw new IllegalArgumentException(name + " lacks a value for " + e);
            unit(v, name + "." + e);
            if (v == 0) throw new IllegalArgumentException(name + "." + e + " must be > 0");
            copy.put(e, v);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void positive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be a positive number");
    }

    private static void unit(double v, String name) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(name + " must be between 0 and 1");
    }
}
