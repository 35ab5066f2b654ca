package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tocsin.fusion.IndependenceTest.indicator;
import static org.tocsin.fusion.Signals.DAY0;
import static org.tocsin.fusion.Signals.signal;
import static org.tocsin.fusion.Signals.situation;

class DecayAndPrecisionTest {

    static double mass(SituationRisk risk, LocalDate at, String code) {
        return risk.assess(at).explanation().factors().stream().flatMap(f -> f.indicators().stream())
                .filter(i -> i.code().equals(code)).mapToDouble(Explanation.IndicatorEvidence::mass).findFirst().orElse(0);
    }

    @Test
    void olderEvidenceWeighsLess() {
        SituationRisk risk = situation(signal("a").graded("A1").showing("RF07.04").evidence());

        assertThat(risk.score(DAY0.plusDays(90)).score()).isLessThan(risk.score(DAY0.plusDays(10)).score());
    }

    @Test
    void dynamicEvidenceHalvesEverySixtyDaysAndStructuralEvidenceEveryYear() {
        SituationRisk risk = situation(signal("a").graded("A1").showing("RF07.04", "RF01.02").evidence());

        assertThat(mass(risk, DAY0, "RF07.04")).isCloseTo(1.0, within(1e-12));
        assertThat(mass(risk, DAY0.plusDays(60), "RF07.04")).isCloseTo(0.5, within(1e-12));
        assertThat(mass(risk, DAY0.plusDays(365), "RF01.02")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void levelsFallWithoutNewEvidence() {
        List<Evidence> tension = List.of(
                signal("a").from("church").graded("A1").showing("RF07.04", "RF07.05").evidence(),
                signal("b").from("embassy").graded("A1").showing("RF07.04", "RF10.01").evidence(),
                signal("c").from("mission").graded("A1").showing("RF08.05", "RF10.01").evidence());
        SituationRisk risk = new SituationRisk(Signals.SITUATION, Signals.TAXONOMY, FusionParameters.defaults());

        RiskTimeline timeline = RiskTimeline.replayDaily(risk, tension, DAY0.plusDays(365));

        assertThat(timeline.points().getFirst().level()).isGreaterThanOrEqualTo(RiskLevel.HIGH);
        assertThat(timeline.points().getLast().level()).isEqualTo(RiskLevel.NORMAL);
        assertThat(timeline.changes()).last().satisfies(c -> {
            assertThat(c.to()).isLessThan(c.from());
            assertThat(c.causes()).isEmpty();
        });
    }

    @Test
    void aMonthPrecisionRecordWeighsTwoThirdsOfAnExactlyDatedOne() {
        LocalDate endOfJanuary = LocalDate.of(2030, 1, 31);
        SituationRisk exact = situation(signal("a").graded("A1").on(endOfJanuary).showing("RF07.04").evidence());
        SituationRisk vague = situation(signal("a").graded("A1").on(LocalDate.of(2030, 1, 15)).datedToTheMonth().showing("RF07.04").evidence());

        assertThat(vague.latestKnownOn()).isEqualTo(endOfJanuary);
        assertThat(mass(vague, endOfJanuary, "RF07.04") / mass(exact, endOfJanuary, "RF07.04"))
                .isCloseTo(1 / (1 + 30 / 60.0), within(1e-12));
        assertThat(vague.score(endOfJanuary).score()).isLessThan(exact.score(endOfJanuary).score());
    }

    @Test
    void aSituationCannotBeAssessedBeforeItsLatestEvidenceWasKnown() {
        SituationRisk risk = situation(signal("a").onDay(10).showing("RF07.04").evidence());

        assertThatThrownBy(() -> risk.score(DAY0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known only from " + DAY0.plusDays(10));
    }
}
