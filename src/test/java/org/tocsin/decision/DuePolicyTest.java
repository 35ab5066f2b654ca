package org.tocsin.decision;

import org.junit.jupiter.api.Test;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.fusion.SituationRisk;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.decision.Reports.reports;

class DuePolicyTest {

    static final DuePolicy POLICY = DuePolicy.standard();

    static List<String> due(Reports r) {
        return POLICY.due(r.assessed()).stream().map(DuePolicy.Prompt.Due::type).toList();
    }

    static Reports warningsOfAPlanAndArms() {
        return reports()
                .report("w1", "officers", "B2", 0, "RF10.01", "RF12.01")
                .report("w2", "informant", "B2", 5, "RF10.01", "RF07.05", "RF07.04")
                .report("w3", "bishop", "B2", 6, "RF07.04");
    }

    @Test
    void aSeriousRiskOfGenocideFallsDueOnSignsOfIntentAndPreparationEachFromTwoIndependentSources() {
        var prompt = POLICY.due(warningsOfAPlanAndArms().assessed());

        assertThat(prompt).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo("SERIOUS_RISK_OF_GENOCIDE");
            assertThat(p.reason()).contains("RF10.01").contains("met");
            assertThat(p.evidence()).extracting(t -> t.key().id()).contains("w1", "w2", "w3");
            assertThat(p.within()).isEqualTo(Duration.ofHours(72));
        });
    }

    @Test
    void oneSourceNeverMakesADeterminationDueHoweverOftenItRepeats() {
        Reports oneSource = reports()
                .report("r1", "informant", "A1", 0, "RF10.01", "RF07.04", "RF10.02")
                .report("r2", "informant", "A1", 1, "RF10.01", "RF07.04", "RF10.02")
                .report("r3", "informant", "A1", 2, "RF10.01", "RF07.04", "RF10.02");

        assertThat(due(oneSource)).isEmpty();
        assertThat(POLICY.evaluate(oneSource.assessed()).getFirst().reason()).contains("from 1 independent source");
    }

    @Test
    void wordsAloneNeverMakeASeriousRiskDue() {
        Reports hateSpeech = reports();
        for (int i = 0; i < 5; i++) hateSpeech.report("h" + i, "outlet-" + i, "A1", i, "RF10.06", "RF07.14", "RF07.13");

        assertThat(due(hateSpeech)).isEmpty();
    }

    @Test
    void genocideFallsDueWhenTargetedEliminationIsReportedByIndependentSources() {
        assertThat(due(reports().report("k1", "parish", "B2", 0, "RF10.02"))).doesNotContain("GENOCIDE");
        assertThat(due(reports().report("k1", "parish", "B2", 0, "RF10.02").report("k2", "observers", "A1", 1, "RF10.02")))
                .contains("GENOCIDE");
    }

    @Test
    void crimesAgainstHumanityFallDueOnCorroboratedSignsOfAnAttackOnCivilians() {
        assertThat(due(reports().report("a1", "press", "A1", 0, "RF11.01").report("a2", "icrc", "A1", 0, "RF11.01")))
                .containsExactly("CRIMES_AGAINST_HUMANITY");
    }

    @Test
    void warCrimesFallDueOnlyWhileThereAreSignsOfAnArmedConflict() {
        Reports threats = reports().report("t1", "mission", "A1", 0, "RF14").report("t2", "embassy", "A1", 0, "RF14")
                .report("t3", "press", "A1", 0, "RF13.08");

        assertThat(due(threats)).doesNotContain("WAR_CRIMES");
        assertThat(due(threats.report("c1", "press", "A1", 1, "RF01.01"))).contains("WAR_CRIMES");
    }

    @Test
    void aTenseElectionThatPassesPeacefullyMakesNoDeterminationDue() {
        // the fusion negative control (NegativeControlTest): warnings without preparation for mass violence
        Reports election = reports()
                .report("n01", "media-a", "B2", 0, "RF01.05").report("n02", "ngo-a", "B2", 5, "RF07.14")
                .report("n03", "media-b", "B2", 10, "RF07.14").report("n04", "media-a", "B2", 12, "RF08.08")
                .report("n05", "ngo-a", "B2", 20, "RF09.04").report("n06", "informant", "C3", 25, "RF07.05")
                .report("n07", "un-field", "A2", 30, "RF08.08").report("n08", "un-field", "B2", 35, "RF01.05", "RF13.03")
                .report("n09", "media-c", "B2", 40, "RF07.14", "RF08.07").report("n10", "police", "B2", 45, "RF11.01", "RF08.05")
                .report("n11", "media-b", "B2", 47, "RF07.14", "RF10.06");
        SituationRisk risk = new SituationRisk(Findings.SITUATION, Reports.TAXONOMY, FusionParameters.defaults());

        for (var e : election.evidence()) {
            risk.add(e);
            assertThat(POLICY.due(risk.assess(e.knownOn()))).as("after %s", e.key().id()).isEmpty();
        }
    }

    @Test
    void preparationPreFillsIntentThroughInferenceRuleNineAndLeavesTheGroupToAnAnalyst() {
        var assessment = warningsOfAPlanAndArms().assessed();

        Prefill prefill = PrefillPolicy.prefill(Findings.type("SERIOUS_RISK_OF_GENOCIDE"), assessment.explanation(), Findings.CATALOGUE);

        assertThat(prefill.prefilled()).containsExactly("GEN-I", "GEN-P");
        assertThat(prefill.suggestions()).allSatisfy(s -> assertThat(s.status()).isEqualTo(ElementStatus.UNADDRESSED));
        assertThat(prefill.suggestions().getFirst().inferenceRules()).contains("INF-9");
        assertThat(prefill.suggestions().getFirst().signals()).extracting(t -> t.key().id()).contains("w1", "w2", "w3");
        assertThat(prefill.leftForAnalyst()).contains("GEN-G1", "GEN-G2", "GEN-A(a)");
    }

    @Test
    void indicatorsTheReferenceDoesNotMapPreFillNothing() {
        var assessment = reports().report("x1", "a", "A1", 0, "RF08.07", "RF03.02").report("x2", "b", "A1", 0, "RF08.07").assessed();

        assertThat(PrefillPolicy.prefill(Findings.type("GENOCIDE"), assessment.explanation(), Findings.CATALOGUE).suggestions()).isEmpty();
    }
}
