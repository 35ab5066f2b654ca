package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.fusion.Signals.DAY0;
import static org.tocsin.fusion.Signals.signal;
import static org.tocsin.fusion.Signals.situation;

class IndependenceTest {

    static Explanation.IndicatorEvidence indicator(SituationRisk risk, String code) {
        return risk.assess(DAY0.plusDays(10)).explanation().factors().stream()
                .flatMap(f -> f.indicators().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void tenRepeatsFromOneSourceWeighLessThanThreeIndependentSources() {
        List<Evidence> repeats = new ArrayList<>();
        for (int i = 0; i < 10; i++) repeats.add(signal("r" + i).from("radio").graded("A1").onDay(i).showing("RF07.04").evidence());
        SituationRisk oneSource = situation(repeats.toArray(Evidence[]::new));
        SituationRisk threeSources = situation(
                signal("a").from("church").graded("A1").showing("RF07.04").evidence(),
                signal("b").from("embassy").graded("A1").showing("RF07.04").evidence(),
                signal("c").from("mission").graded("A1").showing("RF07.04").evidence());

        assertThat(indicator(threeSources, "RF07.04").mass()).isGreaterThan(indicator(oneSource, "RF07.04").mass());
        assertThat(threeSources.score(DAY0.plusDays(10)).score()).isGreaterThan(oneSource.score(DAY0.plusDays(10)).score());
        assertThat(indicator(oneSource, "RF07.04").independentSources()).isEqualTo(1);
        assertThat(indicator(threeSources, "RF07.04").independentSources()).isEqualTo(3);
    }

    @Test
    void evenTwoIndependentSourcesOutweighTenRepeats() {
        List<Evidence> repeats = new ArrayList<>();
        for (int i = 0; i < 10; i++) repeats.add(signal("r" + i).from("radio").graded("A1").showing("RF07.04").evidence());
        SituationRisk twoSources = situation(
                signal("a").from("church").graded("A1").showing("RF07.04").evidence(),
                signal("b").from("embassy").graded("A1").showing("RF07.04").evidence());

        assertThat(twoSources.score(DAY0).score()).isGreaterThan(situation(repeats.toArray(Evidence[]::new)).score(DAY0).score());
    }

    @Test
    void aRelayDoesNotCorroborateWhatItRelays() {
        Evidence informant = signal("informant").from("informant").graded("C2").showing("RF07.04").evidence();
        Evidence cable = signal("cable").from("force-commander").graded("B2").onDay(1).showing("RF07.04").relaying("informant").evidence();
        Evidence independent = signal("bishop").from("bishop").graded("B2").onDay(1).showing("RF07.04").evidence();

        SituationRisk relayed = situation(informant, cable);
        SituationRisk corroborated = situation(informant, independent);

        assertThat(indicator(relayed, "RF07.04").independentSources()).isEqualTo(1);
        assertThat(indicator(corroborated, "RF07.04").independentSources()).isEqualTo(2);
        assertThat(relayed.score(DAY0.plusDays(1)).score()).isLessThan(corroborated.score(DAY0.plusDays(1)).score());
    }

    @Test
    void aRelayJoinsTheClusterOfWhatItRelaysNotOfItsOwnSource() {
        // The commander's own later report is independent of the informant he once relayed.
        SituationRisk risk = situation(
                signal("informant").from("informant").graded("C2").showing("RF07.04").evidence(),
                signal("cable").from("force-commander").graded("B2").onDay(1).showing("RF07.04").relaying("informant").evidence(),
                signal("own").from("force-commander").graded("B2").onDay(2).showing("RF07.04").evidence());

        Explanation.IndicatorEvidence arms = indicator(risk, "RF07.04");
        assertThat(arms.independentSources()).isEqualTo(2);
        assertThat(arms.sources()).extracting(Explanation.SourceEvidence::sources)
                .containsExactlyInAnyOrder(List.of("force-commander"), List.of("force-commander (relay)", "informant"));
    }

    @Test
    void aRelayArrivingBeforeWhatItRelaysMergesWithItWhenItArrives() {
        Evidence informant = signal("informant").from("informant").graded("C2").showing("RF07.04", "RF10.01").evidence();
        Evidence cable = signal("cable").from("force-commander").graded("B2").showing("RF07.04").relaying("informant").evidence();

        SituationRisk relayFirst = situation(cable);
        assertThat(indicator(relayFirst, "RF07.04").independentSources()).isEqualTo(1);
        relayFirst.add(informant);

        SituationRisk inOrder = situation(informant, cable);
        assertThat(indicator(relayFirst, "RF07.04").independentSources()).isEqualTo(1);
        assertThat(relayFirst.assess(DAY0.plusDays(10))).isEqualTo(inOrder.assess(DAY0.plusDays(10)));
    }

    @Test
    void aSignalTakenInTwiceCountsOnce() {
        Evidence once = signal("a").from("church").graded("A1").showing("RF07.04").evidence();
        SituationRisk risk = situation(once);

        assertThat(risk.add(once)).isFalse();
        assertThat(risk.size()).isEqualTo(1);
        assertThat(risk.assess(DAY0)).isEqualTo(situation(once).assess(DAY0));
    }
}
