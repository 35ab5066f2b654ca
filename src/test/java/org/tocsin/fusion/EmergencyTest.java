package org.tocsin.fusion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.fusion.Signals.DAY0;
import static org.tocsin.fusion.Signals.signal;
import static org.tocsin.fusion.Signals.situation;

class EmergencyTest {

    static RiskLevel level(Evidence... evidence) {
        return situation(evidence).score(DAY0).level();
    }

    @Test
    void aWellGradedReportOfAMassacreInTheAreaMeansMassKillingIsUnderWay() {
        assertThat(level(signal("gikondo").from("observers").graded("A1").showing("RF10.02", "RF11.01").killed(110).evidence()))
                .isEqualTo(RiskLevel.EMERGENCY);
    }

    @Test
    void killingsOutsideTheAreaDoNotMakeAnEmergency() {
        Evidence burundi = signal("burundi").from("press").graded("A1").showing("RF10.02", "RF11.01", "RF08.02")
                .killed(50_000).outsideTheArea().evidence();
        Evidence burundiAgain = signal("burundi-2").from("ngo").graded("A1").showing("RF10.02", "RF11.01")
                .killed(20_000).outsideTheArea().evidence();

        RiskAssessment a = situation(burundi, burundiAgain).assess(DAY0);
        assertThat(a.level()).isNotEqualTo(RiskLevel.EMERGENCY);
        assertThat(a.explanation().killing().fatalities()).isZero();
        // The spill-over still counts as a trigger; the killing itself is not Testland's.
        assertThat(a.explanation().factors()).extracting(Explanation.FactorEvidence::code).containsExactly("RF08");
    }

    @Test
    void killingsInAnUnknownPlaceCountAsRiskButNotAsKillingInTheArea() {
        RiskAssessment a = situation(
                signal("x").from("press").graded("A1").showing("RF11.01").killed(5_000).inUnknownPlace().evidence(),
                signal("y").from("ngo").graded("A1").showing("RF11.01").killed(5_000).inUnknownPlace().evidence()).assess(DAY0);

        assertThat(a.level()).isNotEqualTo(RiskLevel.EMERGENCY);
        assertThat(a.explanation().factors()).extracting(Explanation.FactorEvidence::code).containsExactly("RF11");
        assertThat(a.explanation().killing().evidenceMass()).isZero();
    }

    @Test
    void aSingleLowGradeReportDoesNotMakeAnEmergency() {
        assertThat(level(signal("rumour").from("rumour-mill").graded("D4").showing("RF10.02", "RF11.01").killed(10_000).evidence()))
                .isNotEqualTo(RiskLevel.EMERGENCY);
    }

    @Test
    void killingEvidenceWithoutCountsNeedsIndependentCorroboration() {
        Evidence first = signal("a").from("press").graded("A1").showing("RF10.02", "RF11.01").evidence();
        Evidence[] repeats = new Evidence[10];
        for (int i = 0; i < 10; i++) repeats[i] = signal("p" + i).from("press").graded("A1").showing("RF11.01").evidence();
        Evidence independent = signal("b").from("observers").graded("B2").showing("RF11.01").evidence();

        assertThat(level(first)).isNotEqualTo(RiskLevel.EMERGENCY);
        assertThat(level(repeats)).isNotEqualTo(RiskLevel.EMERGENCY);
        assertThat(level(first, independent)).isEqualTo(RiskLevel.EMERGENCY);
    }

    @Test
    void overallCasualtyEstimatesAreNotAddedUp() {
        Evidence estimate = signal("e1").from("icrc").graded("A1").estimatingOverall(60).evidence();
        Evidence laterEstimate = signal("e2").from("icrc").graded("A1").estimatingOverall(60).evidence();
        Evidence incident = signal("i1").from("icrc").graded("A1").killed(60).evidence();
        Evidence otherIncident = signal("i2").from("icrc").graded("A1").killed(60).evidence();

        assertThat(level(estimate, laterEstimate)).isNotEqualTo(RiskLevel.EMERGENCY);
        assertThat(level(incident, otherIncident)).isEqualTo(RiskLevel.EMERGENCY);
    }

    @Test
    void theEmergencyEndsWhenTheKillingEvidenceAges() {
        SituationRisk risk = situation(signal("gikondo").from("observers").graded("A1").showing("RF11.01").killed(110).evidence());

        assertThat(risk.score(DAY0).level()).isEqualTo(RiskLevel.EMERGENCY);
        assertThat(risk.score(DAY0.plusDays(14)).level()).isNotEqualTo(RiskLevel.EMERGENCY);
    }
}
