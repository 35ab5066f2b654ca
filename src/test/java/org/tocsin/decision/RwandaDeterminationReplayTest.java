package org.tocsin.decision;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocsin.fusion.CountryNames;
import org.tocsin.fusion.FusionParameters;
import org.tocsin.replay.CaseFile;
import org.tocsin.replay.CaseReplay;
import org.tocsin.support.Shared;
import org.tocsin.taxonomy.Taxonomy;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the Rwanda case file through the fusion engine and the prompting policy: when would each
 * determination have fallen due? The record: the officers' letter of 3 December 1993 (rw-009), the
 * informant's account of lists and militia training of 10 January 1994 (rw-016), arms distribution
 * reported by independent sources (rw-011, rw-021, rw-024); the killing from 7 April 1994.
 */
class RwandaDeterminationReplayTest {

    static DueReplay.Result result;

    @BeforeAll
    static void replay() throws Exception {
        Taxonomy taxonomy = Taxonomy.framework();
        CaseFile file = CaseFile.read(Shared.file("cases/rwanda-1993-1994.jsonl"), taxonomy);
        CaseReplay.Result levels = new CaseReplay(taxonomy, FusionParameters.defaults(), CountryNames.standard()).run(file);
        result = DueReplay.standard(taxonomy, FusionParameters.defaults(), CountryNames.standard())
                .run(file.situation(), file.inOrderKnown(), levels.timeline());
    }

    @Test
    void aSeriousRiskOfGenocideDeterminationFallsDueNoLaterThanJanuary1994() {
        DueReplay.FallingDue risk = result.first("SERIOUS_RISK_OF_GENOCIDE").orElseThrow();

        assertThat(risk.on()).isBeforeOrEqualTo(LocalDate.of(1994, 1, 31));
        assertThat(risk.evidence()).extracting(t -> t.key().id()).contains("rw-009", "rw-016", "rw-011");
    }

    @Test
    void theSeriousRiskRestsOnTheOfficersWarningTheInformantAndArmsFromIndependentSources() {
        DueReplay.FallingDue risk = result.first("SERIOUS_RISK_OF_GENOCIDE").orElseThrow();

        Prefill.ElementSuggestion intent = risk.prefill().suggestions().stream().filter(s -> s.target().equals("GEN-I")).findFirst().orElseThrow();
        assertThat(intent.codes()).contains("RF10.01", "RF07.04");
        assertThat(intent.inferenceRules()).contains("INF-9");
        assertThat(intent.signals()).extracting(t -> t.key().id()).contains("rw-009", "rw-016", "rw-011");
        assertThat(risk.later()).extracting(DueReplay.LaterEvidence::id).contains("rw-017", "rw-021", "rw-024");
        assertThat(risk.prefill().leftForAnalyst()).contains("GEN-G1", "GEN-G2", "GEN-A(a)");
    }

    @Test
    void noDeterminationFallsDueBeforeTheInformantsAccount() {
        assertThat(result.due()).allSatisfy(d -> assertThat(d.on()).isAfterOrEqualTo(LocalDate.of(1994, 1, 10)));
    }

    @Test
    void aGenocideDeterminationFallsDueInAprilOrMay1994() {
        DueReplay.FallingDue genocide = result.first("GENOCIDE").orElseThrow();

        assertThat(genocide.on()).isBetween(LocalDate.of(1994, 4, 6), LocalDate.of(1994, 5, 31));
        assertThat(genocide.evidence()).extracting(t -> t.key().id()).contains("rw-044", "rw-045");
    }

    @Test
    void theGenocideDeterminationIsPreFilledWhereTheReferenceMapsTheEvidenceAndTheRestIsLeftForAnAnalyst() {
        DueReplay.FallingDue genocide = result.first("GENOCIDE").orElseThrow();

        assertThat(genocide.prefill().prefilled()).contains("GEN-I", "GEN-P");
        assertThat(genocide.prefill().suggestions()).allSatisfy(s -> assertThat(s.status()).isEqualTo(ElementStatus.UNADDRESSED));
        assertThat(genocide.prefill().leftForAnalyst()).contains("GEN-G1", "GEN-G2", "GEN-A(a)", "GEN-A(b)");
    }

    @Test
    void crimesAgainstHumanityAndWarCrimesFallDueWhenTheKillingStarts() {
        assertThat(result.first("CRIMES_AGAINST_HUMANITY").orElseThrow().on()).isBetween(LocalDate.of(1994, 4, 6), LocalDate.of(1994, 4, 30));
        assertThat(result.first("WAR_CRIMES").orElseThrow().on()).isBetween(LocalDate.of(1994, 4, 6), LocalDate.of(1994, 4, 30));
    }

    @Test
    void theReplaySectionNamesEachDueDeterminationItsSignalsAndWhatIsLeftForAnAnalyst() {
        String text = DueReplayText.render(result);

        assertThat(text).contains("Determinations due").contains("Serious risk of genocide").contains("rw-016")
                .contains("left for an analyst: GEN-G1").contains("status left for an analyst");
    }
}
