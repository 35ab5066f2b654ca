package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.fusion.Signals.DAY0;
import static org.tocsin.fusion.Signals.SITUATION;
import static org.tocsin.fusion.Signals.TAXONOMY;
import static org.tocsin.fusion.Signals.signal;

/**
 * A tense election that passes off peacefully: disputes over power, inflammatory rhetoric, a clash
 * with a few deaths, one unconfirmed report of a militia, then peaceful polls, accepted results and
 * de-escalation. Warnings without preparation for mass violence must not reach CRITICAL.
 */
class NegativeControlTest {

    static final List<Evidence> TENSE_ELECTION = List.of(
            signal("n01").from("media-a").graded("B2").onDay(0).showing("RF01.05").evidence(),
            signal("n02").from("ngo-a").graded("B2").onDay(5).showing("RF07.14").evidence(),
            signal("n03").from("media-b").graded("B2").onDay(10).showing("RF07.14").evidence(),
            signal("n04").from("media-a").graded("B2").onDay(12).showing("RF08.08").evidence(),
            signal("n05").from("ngo-a").graded("B2").onDay(20).showing("RF09.04").evidence(),
            signal("n06").from("informant").graded("C3").onDay(25).showing("RF07.05").evidence(),
            signal("n07").from("un-field").graded("A2").onDay(30).showing("RF08.08").evidence(),
            signal("n08").from("un-field").graded("B2").onDay(35).showing("RF01.05", "RF13.03").evidence(),
            signal("n09").from("media-c").graded("B2").onDay(40).showing("RF07.14", "RF08.07").evidence(),
            signal("n10").from("police").graded("B2").onDay(45).showing("RF11.01", "RF08.05").killed(6).evidence(),
            signal("n11").from("media-b").graded("B2").onDay(47).showing("RF07.14", "RF10.06").evidence());

    static final List<Evidence> CALM = List.of(
            signal("m1").from("observers").graded("A1").onDay(50).showing("RF08.08").mitigating().evidence(),
            signal("m2").from("un-field").graded("A1").onDay(55).mitigating().evidence(),
            signal("m3").from("ngo-a").graded("B2").onDay(60).mitigating().evidence());

    static RiskTimeline replay(List<Evidence> evidence) {
        return RiskTimeline.replayDaily(new SituationRisk(SITUATION, TAXONOMY, FusionParameters.defaults()), evidence, DAY0.plusDays(180));
    }

    @Test
    void aTenseElectionThatPassesPeacefullyStaysBelowCritical() {
        RiskTimeline timeline = replay(concat(TENSE_ELECTION, CALM));

        assertThat(timeline.points()).allSatisfy(p -> assertThat(p.level()).isLessThan(RiskLevel.CRITICAL));
        // It is a real control: the tension is seen.
        assertThat(timeline.points()).anySatisfy(p -> assertThat(p.level()).isGreaterThanOrEqualTo(RiskLevel.HIGH));
    }

    @Test
    void theMitigatingEvidenceBringsItDown() {
        RiskTimeline calmed = replay(concat(TENSE_ELECTION, CALM));
        RiskTimeline uncalmed = replay(TENSE_ELECTION);

        assertThat(calmed.points().get(70).score()).isLessThan(uncalmed.points().get(70).score());
        assertThat(calmed.points().get(70).level()).isLessThan(RiskLevel.HIGH);
    }

    static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
