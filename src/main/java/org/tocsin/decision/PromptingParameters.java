package org.tocsin.decision;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds of {@link DuePolicy}. These are Tocsin's engineering choices, not law: they say when
 * fused evidence is strong enough that a person must make a determination, never what it concludes.
 * Strengths are the fusion engine's indicator strengths in [0, 1) ({@code docs/risk-model.md}: two fresh
 * independent A1 reports give 0.63); "independent" counts the engine's independence clusters.
 *
 * @param signsThreshold        serious risk of genocide: signs of genocide-specific risk (RF09, RF10)
 * @param preparationThreshold  serious risk of genocide: preparation or capacity (RF07, RF05)
 * @param destructionThreshold  genocide: targeted elimination and destruction (RF10.02 to RF10.05)
 * @param attackThreshold       crimes against humanity: signs of a widespread or systematic attack (RF11)
 * @param planThreshold         crimes against humanity: signs of a plan or policy (RF12), with some attack sign
 * @param threatThreshold       war crimes: threats to protected people or missions (RF13, RF14)
 * @param minIndependentSources how many independence clusters each condition needs: one report never suffices
 * @param speechIndicators      words against a group (politicised identity, inflammatory rhetoric, derogatory
 *                              language, media incitement): common where no atrocity follows, so they never meet
 *                              a condition on their own (they still pre-fill elements)
 * @param deadlines             how long a person has to record the determination, per type
 * @param laterEvidenceDays     in a replay, how long after falling due later evidence is listed
 */
public record PromptingParameters(double signsThreshold, double preparationThreshold, double destructionThreshold,
                                  double attackThreshold, double planThreshold, double threatThreshold,
                                  int minIndependentSources, Set<String> speechIndicators, Map<String, Duration> deadlines,
                                  Duration defaultDeadline, int laterEvidenceDays) {

    public PromptingParameters {
        for (double t : new double[] {signsThreshold, preparationThreshold, destructionThreshold, attackThreshold, planThreshold, threatThreshold}) {
            if (!(t > 0 && t < 1)) throw new IllegalArgumentException("strength thresholds lie in (0, 1)");
        }
        if (minIndependentSources < 1) throw new IllegalArgumentException("at least one source");
        speechIndicators = Set.copyOf(speechIndicators);
        deadlines = Map.copyOf(deadlines);
        if (defaultDeadline == null || defaultDeadline.isNegative() || defaultDeadline.isZero()) throw new IllegalArgumentException("a deadline is in the future");
        deadlines.values().forEach(d -> { if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("a deadline is in the future"); });
        if (laterEvidenceDays < 0) throw new IllegalArgumentException("laterEvidenceDays cannot be negative");
    }

    /**
     * Defaults: a serious-risk or genocide determination within 72 hours (the duty to prevent starts
     * at the risk, ICJ 2007 para 431; killing under way allows no longer), crimes against humanity and
     * war crimes within 7 days.
     */
    public static PromptingParameters defaults() {
        return new PromptingParameters(0.30, 0.30, 0.50, 0.50, 0.50, 0.50, 2,
                Set.of("RF07.13", "RF07.14", "RF10.06", "RF11.04"),
                Map.of("SERIOUS_RISK_OF_GENOCIDE", Duration.ofHours(72), "GENOCIDE", Duration.ofHours(72),
                        "CRIMES_AGAINST_HUMANITY", Duration.ofDays(7), "WAR_CRIMES", Duration.ofDays(7)),
                Duration.ofDays(7), 60);
    }

    public Duration deadlineFor(String type) { return deadlines.getOrDefault(type, defaultDeadline); }

    public PromptingParameters withDeadlines(Map<String, Duration> overrides) {
        Map<String, Duration> merged = new java.util.HashMap<>(deadlines);
        merged.putAll(overrides);
        return new PromptingParameters(signsThreshold, preparationThreshold, destructionThreshold, attackThreshold, planThreshold,
                threatThreshold, minIndependentSources, speechIndicators, merged, defaultDeadline, laterEvidenceDays);
    }
}
