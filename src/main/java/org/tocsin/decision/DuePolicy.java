package org.tocsin.decision;

import org.tocsin.fusion.Explanation;
import org.tocsin.fusion.RiskAssessment;
import org.tocsin.taxonomy.Taxonomy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "Determination due": decides, from a fusion assessment, which determinations a person must now
 * make (determination.md section 5.2: when the indicators behind an element cross a threshold, prompt
 * for a structured determination, at least a serious-risk one). One named rule per type, each
 * returning due (with the reason, its numbers and the signals behind it) or not due (with why not):
 *
 * <ul>
 *   <li><b>serious risk of genocide</b>: genocide-specific signs (RF09, RF10) and preparation or
 *       capacity (RF07, RF05), each at or above its threshold and each from at least two independent
 *       sources. This is the ICJ's trigger for the duty to prevent, so it is prompted first.</li>
 *   <li><b>genocide</b>: targeted elimination or destruction of the group (RF10.02 to RF10.05) at or
 *       above its threshold, from independent sources.</li>
 *   <li><b>crimes against humanity</b>: signs of a widespread or systematic attack on civilians (RF11)
 *       from independent sources; or signs of a plan or policy to attack them (RF12) from independent
 *       sources together with some sign of attack.</li>
 *   <li><b>war crimes</b>: serious threats to those protected by IHL or to humanitarian and peacekeeping
 *       operations (RF13, RF14) from independent sources, while there are signs of an armed conflict
 *       (RF01.01, the war-crimes context WC-C1).</li>
 * </ul>
 *
 * Words alone ({@link PromptingParameters#speechIndicators()}) never meet a condition. Pure: the same
 * assessment gives the same prompts.
 */
public final class DuePolicy {

    public static final String SERIOUS_RISK = "SERIOUS_RISK_OF_GENOCIDE";
    public static final String GENOCIDE = "GENOCIDE";
    public static final String CAH = "CRIMES_AGAINST_HUMANITY";
    public static final String WAR_CRIMES = "WAR_CRIMES";

    private static final Set<String> DESTRUCTION = Set.of("RF10.02", "RF10.03", "RF10.04", "RF10.05");
    private static final int SIGNALS_SHOWN = 12;

    /** What a rule says about one type. */
    public sealed interface Prompt {
        String type();

        String rule();

        String reason();

        /** Due now: a person must record a determination of {@code type} within {@code within}. */
        record Due(String type, String rule, String reason, List<TriggerSignal> evidence, Duration within) implements Prompt {
            public Due { evidence = List.copyOf(evidence); }
        }

        record NotDue(String type, String rule, String reason) implements Prompt {}
    }

    private final PromptingParameters params;

    public DuePolicy(PromptingParameters params) {
        this.params = params;
    }

    public static DuePolicy standard() { return new DuePolicy(PromptingParameters.defaults()); }

    public PromptingParameters parameters() { return params; }

    /** One prompt per type the policy knows, in the order above. */
    public List<Prompt> evaluate(RiskAssessment assessment) {
        Explanation x = assessment.explanation();
        return List.of(seriousRisk(x), genocide(x), crimesAgainstHumanity(x), warCrimes(x));
    }

    /** Only the prompts that are due. */
    public List<Prompt.Due> due(RiskAssessment assessment) {
        return evaluate(assessment).stream().filter(p -> p instanceof Prompt.Due).map(p -> (Prompt.Due) p).toList();
    }

    // ---- rules ---------------------------------------------------------------------------------

    Prompt seriousRisk(Explanation x) {
        String rule = "serious-risk: genocide-specific signs and preparation";
        Signs signs = signs(x, inFactors("RF09", "RF10"));
        Signs preparation = signs(x, inFactors("RF07", "RF05"));
        boolean due = signs.meets(params.signsThreshold(), params.minIndependentSources())
                && preparation.meets(params.preparationThreshold(), params.minIndependentSources());
        String reason = "genocide-specific signs (RF09/RF10) " + signs.describe(params.signsThreshold(), params.minIndependentSources())
                + "; preparation or capacity (RF07/RF05) " + preparation.describe(params.preparationThreshold(), params.minIndependentSources());
        return due ? new Prompt.Due(SERIOUS_RISK, rule, reason, merge(signs, preparation), params.deadlineFor(SERIOUS_RISK))
                : new Prompt.NotDue(SERIOUS_RISK, rule, reason);
    }

    Prompt genocide(Explanation x) {
        String rule = "genocide: targeted elimination or destruction from independent sources";
        Signs destruction = signs(x, DESTRUCTION::contains);
        boolean due = destruction.meets(params.destructionThreshold(), params.minIndependentSources());
        String reason = "targeted elimination or destruction of a protected group (RF10.02-RF10.05) "
                + destruction.describe(params.destructionThreshold(), params.minIndependentSources());
        return due ? new Prompt.Due(GENOCIDE, rule, reason, destruction.signals(), params.deadlineFor(GENOCIDE))
                : new Prompt.NotDue(GENOCIDE, rule, reason);
    }

    Prompt crimesAgainstHumanity(Explanation x) {
        String rule = "crimes against humanity: signs of an attack on civilians, or of a plan with some attack";
        Signs attack = signs(x, inFactors("RF11"));
        Signs plan = signs(x, inFactors("RF12"));
        boolean byAttack = attack.meets(params.attackThreshold(), params.minIndependentSources());
        boolean byPlan = plan.meets(params.planThreshold(), params.minIndependentSources()) && attack.independent() > 0;
        String reason = "attack on civilians (RF11) " + attack.describe(params.attackThreshold(), params.minIndependentSources())
                + "; plan or policy (RF12) " + plan.describe(params.planThreshold(), params.minIndependentSources());
        return byAttack || byPlan ? new Prompt.Due(CAH, rule, reason, merge(attack, plan), params.deadlineFor(CAH))
                : new Prompt.NotDue(CAH, rule, reason);
    }

    Prompt warCrimes(Explanation x) {
        String rule = "war crimes: threats to protected people or missions, in an armed conflict";
        Signs threats = signs(x, inFactors("RF13", "RF14"));
        Signs conflict = signs(x, "RF01.01"::equals);
        boolean due = threats.meets(params.threatThreshold(), params.minIndependentSources()) && conflict.independent() > 0;
        String reason = "threats to protected people or missions (RF13/RF14) " + threats.describe(params.threatThreshold(), params.minIndependentSources())
                + "; armed conflict (RF01.01, WC-C1) " + (conflict.independent() > 0
                ? String.format(Locale.ROOT, "reported (%s %.2f)", conflict.code(), conflict.strength()) : "not reported");
        return due ? new Prompt.Due(WAR_CRIMES, rule, reason, merge(threats, conflict), params.deadlineFor(WAR_CRIMES))
                : new Prompt.NotDue(WAR_CRIMES, rule, reason);
    }

    // ---- evidence of a group of indicators -----------------------------------------------------

    /**
     * The evidence of a group of indicators: the strongest indicator, how many independent sources
     * report any of them, and the signals.
     */
    record Signs(String code, double strength, int independent, List<TriggerSignal> signals) {
        boolean meets(double threshold, int sources) { return strength >= threshold && independent >= sources; }

        String describe(double threshold, int sources) {
            if (code == null) return "absent";
            return String.format(Locale.ROOT, "%s %.2f from %d independent source%s (needs %.2f from %d): %s", code, strength, independent,
                    independent == 1 ? "" : "s", threshold, sources, meets(threshold, sources) ? "met" : "not met");
        }
    }

    private Predicate<String> inFactors(String... factors) {
        Set<String> set = Set.of(factors);
        return code -> set.contains(Taxonomy.factorOf(code));
    }

    private Signs signs(Explanation x, Predicate<String> codes) {
        String best = null;
        double strength = 0;
        int maxOnOne = 0;
        Set<String> clusters = new HashSet<>();
        Map<String, TriggerSignal> signals = new LinkedHashMap<>();
        for (Explanation.FactorEvidence f : x.factors()) {
            for (Explanation.IndicatorEvidence ind : f.indicators()) {
                if (!codes.test(ind.code()) || params.speechIndicators().contains(ind.code())) continue;
                if (ind.strength() > strength || (ind.strength() == strength && best != null && ind.code().compareTo(best) < 0)) {
                    strength = ind.strength();
                    best = ind.code();
                }
                maxOnOne = Math.max(maxOnOne, ind.independentSources());
                for (Explanation.SourceEvidence s : ind.sources()) {
                    clusters.add(String.join("+", s.sources()) + "#" + s.sourceCount());
                    for (Explanation.WeightedSignal w : s.signals()) {
                        signals.merge(w.key().id(), TriggerSignal.of(w.key(), w.sourceId(), ind.code(), w.weight()), TriggerSignal::and);
                    }
                }
            }
        }
        return new Signs(best, strength, Math.max(maxOnOne, clusters.size()), heaviest(signals.values()));
    }

    private static List<TriggerSignal> merge(Signs a, Signs b) {
        Map<String, TriggerSignal> all = new LinkedHashMap<>();
        for (TriggerSignal t : a.signals()) all.put(t.key().id(), t);
        for (TriggerSignal t : b.signals()) all.merge(t.key().id(), t, TriggerSignal::and);
        return heaviest(all.values());
    }

    private static List<TriggerSignal> heaviest(java.util.Collection<TriggerSignal> signals) {
        List<TriggerSignal> out = new ArrayList<>(signals);
        out.sort(Comparator.comparingDouble(TriggerSignal::weight).reversed().thenComparing(t -> t.key().id()));
        return out.size() > SIGNALS_SHOWN ? List.copyOf(out.subList(0, SIGNALS_SHOWN)) : List.copyOf(out);
    }
}
