package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.fusion.Signals.DAY0;
import static org.tocsin.fusion.Signals.signal;
import static org.tocsin.fusion.Signals.situation;

class CombinationAndMitigationTest {

    static final Evidence ARMS = signal("arms").from("church").graded("A1").showing("RF07.04").evidence();
    static final Evidence MILITIA = signal("militia").from("embassy").graded("A1").showing("RF07.05").evidence();
    static final Evidence INTENT = signal("intent").from("informant").graded("A1").showing("RF10.01").evidence();
    static final Evidence TRIGGER = signal("trigger").from("press").graded("A1").showing("RF08.05").evidence();

    static double score(Evidence... evidence) {
        return situation(evidence).score(DAY0).score();
    }

    /** What two independent pieces of risk would give if nothing made their combination special. */
    static double independently(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    @Test
    void preparationWithSignsOfIntentWeighsMoreThanEitherAloneAndMoreThanBothIndependently() {
        double preparation = score(ARMS, MILITIA);
        double intent = score(INTENT);
        double both = score(ARMS, MILITIA, INTENT);

        assertThat(both).isGreaterThan(preparation).isGreaterThan(intent);
        assertThat(both).isGreaterThan(independently(preparation, intent));
        assertThat(situation(ARMS, MILITIA, INTENT).assess(DAY0).explanation().combination())
                .satisfies(c -> {
                    assertThat(c.partner()).isEqualTo("RF10");
                    assertThat(c.bonus()).isPositive();
                });
    }

    @Test
    void preparationWithATriggerWeighsMoreThanBothIndependently() {
        double preparation = score(ARMS, MILITIA);
        double trigger = score(TRIGGER);

        assertThat(score(ARMS, MILITIA, TRIGGER)).isGreaterThan(independently(preparation, trigger));
    }

    @Test
    void preparationWithKillingUnderWayWeighsMoreThanBothIndependently() {
        Evidence killing = signal("massacre").from("observers").graded("A1").showing("RF11.01").evidence();
        double preparation = score(ARMS, MILITIA);
        double killed = score(killing);

        assertThat(score(ARMS, MILITIA, killing)).isGreaterThan(independently(preparation, killed));
        assertThat(situation(ARMS, MILITIA, killing).assess(DAY0).explanation().combination().partner()).isEqualTo("killing");
    }

    @Test
    void withoutPreparationThereIsNoCombinationBonus() {
        assertThat(situation(INTENT, TRIGGER).assess(DAY0).explanation().combination().bonus()).isZero();
    }

    @Test
    void mitigatingEvidenceLowersTheScore() {
        Evidence peacefulPolls = signal("polls").from("observers").graded("A1").onDay(0).showing("RF08.08").mitigating().evidence();
        double tense = score(ARMS, MILITIA, TRIGGER);
        RiskAssessment mitigated = situation(ARMS, MILITIA, TRIGGER, peacefulPolls).assess(DAY0);

        assertThat(mitigated.score()).isLessThan(tense);
        assertThat(mitigated.explanation().mitigation().reduction()).isPositive();
        assertThat(mitigated.explanation().mitigation().sources()).flatExtracting(Explanation.SourceEvidence::signals)
                .extracting(w -> w.key().id()).containsExactly("polls");
    }

    @Test
    void aMitigatingRecordsCodesDoNotAddRisk() {
        Evidence resultsAccepted = signal("accepted").from("observers").graded("A1").showing("RF08.08").mitigating().evidence();

        assertThat(situation(resultsAccepted).assess(DAY0).explanation().factors()).isEmpty();
    }

    @Test
    void mitigationCanRemoveAtMostItsCap() {
        Evidence[] evidence = new Evidence[12];
        evidence[0] = ARMS;
        evidence[1] = MILITIA;
        for (int i = 2; i < 12; i++) evidence[i] = signal("calm" + i).from("observer" + i).graded("A1").mitigating().evidence();
        double unmitigated = score(ARMS, MILITIA);

        assertThat(score(evidence)).isGreaterThanOrEqualTo(unmitigated * (1 - FusionParameters.defaults().mitigationCap()));
    }
}
