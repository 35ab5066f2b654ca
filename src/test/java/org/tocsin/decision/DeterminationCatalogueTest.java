package org.tocsin.decision;

import org.junit.jupiter.api.Test;
import org.tocsin.taxonomy.Taxonomy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tocsin.decision.Findings.CATALOGUE;

class DeterminationCatalogueTest {

    @Test
    void offersTheTypesTheReferenceNames() {
        assertThat(CATALOGUE.types()).extracting(DeterminationType::id).containsExactly("SERIOUS_RISK_OF_GENOCIDE", "GENOCIDE",
                "GENOCIDE_CONSPIRACY", "GENOCIDE_INCITEMENT", "GENOCIDE_ATTEMPT", "GENOCIDE_COMPLICITY", "CRIMES_AGAINST_HUMANITY",
                "WAR_CRIMES");
    }

    @Test
    void genocideIsTheGroupAsSuchOneOfFiveActsIntentAndSubstantialPart() {
        DeterminationType g = CATALOGUE.type("GENOCIDE").orElseThrow();

        assertThat(g.requirementOf("GEN-G1")).contains(Requirement.required());
        assertThat(g.members("GEN-A")).containsExactly("GEN-A(a)", "GEN-A(b)", "GEN-A(c)", "GEN-A(d)", "GEN-A(e)");
        assertThat(g.requirementOf("GEN-C")).contains(Requirement.optional());
        assertThat(CATALOGUE.element("GEN-I").orElseThrow().exclusionTest()).isTrue();
    }

    @Test
    void aSeriousRiskOfGenocideIsItsOwnFindingAtItsOwnThreshold() {
        DeterminationType risk = CATALOGUE.type("SERIOUS_RISK_OF_GENOCIDE").orElseThrow();

        assertThat(risk.standards()).containsExactly(StandardOfProof.SERIOUS_RISK);
        assertThat(risk.isSeriousRisk()).isTrue();
        assertThat(risk.obligationsOn(Conclusion.ESTABLISHED)).contains("OBL-GC-PREVENT");
        assertThat(risk.obligationsOn(Conclusion.INDETERMINATE)).isEmpty();
    }

    @Test
    void anEstablishedGenocideOpensTheDutiesToPreventAndPunishAndTheOptionsOfArticlesEightAndNine() {
        DeterminationType g = CATALOGUE.type("GENOCIDE").orElseThrow();

        assertThat(g.obligationsOn(Conclusion.ESTABLISHED)).contains("OBL-GC-PREVENT", "OBL-GC-PUNISH", "OPT-GC-VIII", "OPT-GC-IX");
        assertThat(g.obligationsOn(Conclusion.NOT_ESTABLISHED)).isEmpty();
        assertThat(g.fallbackType()).hasValueSatisfying(f -> assertThat(f.elements()).containsExactly("CAH-h", "CAH-b"));
        assertThat(CATALOGUE.obligation("OBL-GC-LEGISLATE").orElseThrow().tracked()).isFalse();
    }

    @Test
    void keepsTheReferencesMarkersOfWhatALawyerMustStillConfirm() {
        assertThat(CATALOGUE.element("GEN-A(c)").orElseThrow().toConfirm()).isTrue();
        assertThat(CATALOGUE.element("GEN-A(e)").orElseThrow().interpretation()).contains("[M]");
        assertThat(CATALOGUE.element("GEN-G2").orElseThrow().toConfirm()).isFalse();
        assertThat(CATALOGUE.rule("INF-11").orElseThrow().provenance()).isEqualTo("[M]");
        assertThat(CATALOGUE.obligation("OBL-GC-PUNISH").orElseThrow().provenance()).contains("[M]");
    }

    @Test
    void standardsOfProofRiseFromPlausibilityToBeyondReasonableDoubt() {
        assertThat(StandardOfProof.BEYOND_REASONABLE_DOUBT.isAtLeast(StandardOfProof.FULLY_CONCLUSIVE)).isTrue();
        assertThat(StandardOfProof.REASONABLE_GROUNDS.isAtLeast(StandardOfProof.SUBSTANTIAL_GROUNDS)).isFalse();
        assertThat(StandardOfProof.weakest(List.of(StandardOfProof.BEYOND_REASONABLE_DOUBT, StandardOfProof.REASONABLE_GROUNDS)))
                .contains(StandardOfProof.REASONABLE_GROUNDS);
        assertThat(CATALOGUE.defaultStandard()).isEqualTo(StandardOfProof.REASONABLE_GROUNDS);
        assertThat(CATALOGUE.standards()).filteredOn(StandardDefinition::onlyReasonableInference).extracting(s -> s.standard())
                .containsExactlyInAnyOrder(StandardOfProof.FULLY_CONCLUSIVE, StandardOfProof.BEYOND_REASONABLE_DOUBT);
    }

    @Test
    void mapsTheFrameworksGenocideSpecificFactorsToTheElementsTheReferenceNames() {
        assertThat(CATALOGUE.mappingsFor("RF10.02")).flatExtracting(IndicatorMapping::elements).containsExactly("GEN-I", "GEN-P");
        assertThat(CATALOGUE.mappingsFor("RF09.04")).flatExtracting(IndicatorMapping::elements).containsExactly("GEN-G1", "GEN-G2");
        assertThat(CATALOGUE.mappingsFor("RF07.04")).flatExtracting(IndicatorMapping::inferenceRules).containsExactly("INF-9");
        assertThat(CATALOGUE.mappingsFor("RF08.07")).isEmpty();
        assertThat(CATALOGUE.unmapped()).containsKeys("RF03", "RF06", "RF08");
    }

    @Test
    void aBrokenDataFileFailsAtLoadingNamingWhatIsWrong() {
        String broken = """
                {"catalogue": "x", "version": "1", "title": "t", "source": "s", "default_standard": "SOP-RGB",
                 "standards": [], "elements": [], "determination_types": []}""";

        assertThatThrownBy(() -> DeterminationCatalogue.load(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                Taxonomy.framework())).hasMessageContaining("SOP-RISK is missing");
    }
}
