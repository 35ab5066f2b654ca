package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.fusion.Signals.DAY0;
import static org.tocsin.fusion.Signals.signal;
import static org.tocsin.fusion.Signals.situation;

class ExplanationTest {

    static final SituationRisk RISK = situation(
            signal("bishop-letter").from("bishop").graded("C3").onDay(0).showing("RF07.04").evidence(),
            signal("informant").from("informant").graded("C2").onDay(5).showing("RF07.04", "RF07.05", "RF10.01").evidence(),
            signal("fax").from("force-commander").graded("B2").onDay(6).showing("RF07.04", "RF10.01").relaying("informant").evidence(),
            signal("airport").from("observers").graded("A1").onDay(8).showing("RF07.04").evidence(),
            signal("ceasefire-talks").from("mediator").graded("B2").onDay(9).mitigating().evidence(),
            signal("unrelated").from("press").graded("B2").onDay(9).evidence());

    static final RiskAssessment ASSESSMENT = RISK.assess(DAY0.plusDays(10));

    @Test
    void theExplanationNamesTheSignalsThatDriveTheAssessmentWithTheirWeights() {
        assertThat(ASSESSMENT.explanation().drivers()).extracting(d -> d.key().id())
                .startsWith("informant").contains("airport", "fax", "bishop-letter").doesNotContain("unrelated", "ceasefire-talks");
        assertThat(ASSESSMENT.explanation().drivers()).allSatisfy(d -> assertThat(d.weight()).isPositive());
    }

    @Test
    void eachIndicatorShowsItsIndependentSourcesAndTheirSignals() {
        Explanation.IndicatorEvidence arms = ASSESSMENT.explanation().factors().getFirst().indicators().stream()
                .filter(i -> i.code().equals("RF07.04")).findFirst().orElseThrow();

        assertThat(arms.independentSources()).isEqualTo(3);
        assertThat(arms.sources()).first().satisfies(s -> {
            assertThat(s.sources()).containsExactly("observers");
            assertThat(s.signals()).extracting(w -> w.key().id()).containsExactly("airport");
            assertThat(s.signals().getFirst().weight()).isCloseTo(Math.pow(2, -2 / 60.0), org.assertj.core.api.Assertions.within(1e-12));
        });
        assertThat(arms.sources()).anySatisfy(s -> {
            assertThat(s.sources()).containsExactly("force-commander (relay)", "informant");
            assertThat(s.reports()).isEqualTo(2);
            assertThat(s.signals()).extracting(w -> w.key().id()).containsExactly("fax", "informant");
        });
    }

    @Test
    void theExplanationShowsCombinationMitigationAndKilling() {
        Explanation x = ASSESSMENT.explanation();

        assertThat(x.combination().partner()).isEqualTo("RF10");
        assertThat(x.combination().bonus()).isPositive();
        assertThat(x.mitigation().reduction()).isPositive();
        assertThat(x.killing().underWay()).isFalse();
        assertThat(x.levelReason()).contains("score").contains("threshold");
    }

    @Test
    void thePlainTextRenderingNamesLevelFactorsAndSignals() {
        String text = ASSESSMENT.toText();

        assertThat(text).startsWith("testland on 2030-01-11: " + ASSESSMENT.level())
                .contains("RF07 Enabling circumstances or preparatory action")
                .contains("RF07.04 strength").contains("from 3 independent sources")
                .contains("airport", "fax", "informant", "bishop-letter")
                .contains("Combination: preparation RF07").contains("Mitigation: mass").contains("Killing in the area");
    }
}
