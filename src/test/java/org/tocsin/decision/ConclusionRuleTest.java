package org.tocsin.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.decision.ElementStatus.ESTABLISHED;
import static org.tocsin.decision.ElementStatus.INSUFFICIENT_INFORMATION;
import static org.tocsin.decision.ElementStatus.NOT_ESTABLISHED;
import static org.tocsin.decision.ElementStatus.UNADDRESSED;
import static org.tocsin.decision.Findings.all;
import static org.tocsin.decision.Findings.genocideThroughKilling;
import static org.tocsin.decision.Findings.with;

class ConclusionRuleTest {

    @Test
    void genocideIsEstablishedWhenGroupAsSuchOneActIntentAndSubstantialPartAreAllEstablished() {
        var j = ConclusionRule.judge(genocideThroughKilling());

        assertThat(j.conclusion()).isEqualTo(Conclusion.ESTABLISHED);
        assertThat(j.conjuncts()).containsOnlyKeys("GEN-G1", "GEN-G2", "GEN-A", "GEN-I", "GEN-P");
    }

    @ParameterizedTest(name = "{0} not established: not established")
    @CsvSource({"GEN-G1", "GEN-G2", "GEN-I", "GEN-P"})
    void anyRequiredElementNotEstablishedMeansNotEstablished(String element) {
        var j = ConclusionRule.judge(with(genocideThroughKilling(), element, NOT_ESTABLISHED));

        assertThat(j.conclusion()).isEqualTo(Conclusion.NOT_ESTABLISHED);
        assertThat(j.notEstablished()).containsExactly(element);
    }

    @ParameterizedTest(name = "only {0} established among the acts: the acts are established")
    @CsvSource({"GEN-A(a)", "GEN-A(b)", "GEN-A(c)", "GEN-A(d)", "GEN-A(e)"})
    void anyOneListedActSuffices(String act) {
        var findings = with(genocideThroughKilling(), "GEN-A(a)", NOT_ESTABLISHED);
        findings = with(findings, act, ESTABLISHED);

        var j = ConclusionRule.judge(findings);

        assertThat(j.conjuncts()).containsEntry("GEN-A", ESTABLISHED);
        assertThat(j.conclusion()).isEqualTo(Conclusion.ESTABLISHED);
    }

    @Test
    void noListedActEstablishedMeansNotEstablished() {
        var j = ConclusionRule.judge(with(genocideThroughKilling(), "GEN-A(a)", NOT_ESTABLISHED));

        assertThat(j.conclusion()).isEqualTo(Conclusion.NOT_ESTABLISHED);
        assertThat(j.notEstablished()).containsExactly("GEN-A");
    }

    @Test
    void unaddressedAlternativesDoNotMatterOnceOneActIsEstablished() {
        var findings = genocideThroughKilling();
        for (String act : List.of("GEN-A(b)", "GEN-A(c)", "GEN-A(d)", "GEN-A(e)")) findings = with(findings, act, UNADDRESSED);

        assertThat(ConclusionRule.judge(findings).conclusion()).isEqualTo(Conclusion.ESTABLISHED);
    }

    @ParameterizedTest(name = "{0} unaddressed: indeterminate")
    @CsvSource({"GEN-G1", "GEN-G2", "GEN-I", "GEN-P"})
    void anUnaddressedElementMakesItIndeterminateNeverNo(String element) {
        var findings = with(genocideThroughKilling(), "GEN-G1", NOT_ESTABLISHED);
        findings = with(findings, element, UNADDRESSED);

        var j = ConclusionRule.judge(findings);

        assertThat(j.conclusion()).isEqualTo(Conclusion.INDETERMINATE);
        assertThat(j.unaddressed()).containsExactly(element);
    }

    @Test
    void actsNotYetExaminedKeepTheGroupOpenAndTheConclusionIndeterminate() {
        var findings = with(genocideThroughKilling(), "GEN-A(a)", NOT_ESTABLISHED);
        findings = with(findings, "GEN-A(e)", UNADDRESSED);

        var j = ConclusionRule.judge(findings);

        assertThat(j.conjuncts()).containsEntry("GEN-A", UNADDRESSED);
        assertThat(j.conclusion()).isEqualTo(Conclusion.INDETERMINATE);
    }

    @Test
    void aDeterminationNobodyFilledInIsIndeterminate() {
        assertThat(ConclusionRule.judge(all("GENOCIDE", UNADDRESSED)).conclusion()).isEqualTo(Conclusion.INDETERMINATE);
    }

    @Test
    void insufficientInformationOnAnElementGivesInsufficientInformationWhenNothingFails() {
        var j = ConclusionRule.judge(with(genocideThroughKilling(), "GEN-I", INSUFFICIENT_INFORMATION));

        assertThat(j.conclusion()).isEqualTo(Conclusion.INSUFFICIENT_INFORMATION);
        assertThat(j.insufficient()).containsExactly("GEN-I");
    }

    @Test
    void anOptionalElementIsRecordedButDoesNotEnterTheConclusion() {
        var findings = with(genocideThroughKilling(), "GEN-C", UNADDRESSED);

        var j = ConclusionRule.judge(findings);

        assertThat(j.conclusion()).isEqualTo(Conclusion.ESTABLISHED);
        assertThat(j.conjuncts()).doesNotContainKey("GEN-C");
    }

    @Test
    void anEstablishedConclusionIsWorthTheWeakestStandardItRestsOn() {
        var findings = all("GENOCIDE", NOT_ESTABLISHED, StandardOfProof.BEYOND_REASONABLE_DOUBT);
        for (String e : List.of("GEN-G1", "GEN-G2", "GEN-A(a)", "GEN-P")) findings = with(findings, e, ESTABLISHED);
        findings = with(findings, "GEN-I", ESTABLISHED, StandardOfProof.REASONABLE_GROUNDS);

        assertThat(ConclusionRule.judge(findings).carriedAt()).contains(StandardOfProof.REASONABLE_GROUNDS);
    }

    @Test
    void theChapeauOfCrimesAgainstHumanityIsConjunctiveAndItsActsAlternative() {
        var findings = all("CRIMES_AGAINST_HUMANITY", NOT_ESTABLISHED);
        for (String e : List.of("CAH-C1", "CAH-C2", "CAH-C3", "CAH-C4", "CAH-h")) findings = with(findings, e, ESTABLISHED);
        findings = with(findings, "CAH-C5", UNADDRESSED); // individual knowledge: not in a situation-level conclusion

        assertThat(ConclusionRule.judge(findings).conclusion()).isEqualTo(Conclusion.ESTABLISHED);
        assertThat(ConclusionRule.judge(with(findings, "CAH-C2", NOT_ESTABLISHED)).conclusion()).isEqualTo(Conclusion.NOT_ESTABLISHED);
    }
}
