package org.tocsin.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.common.FieldError;
import org.tocsin.common.Parsed;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tocsin.decision.Findings.CATALOGUE;

class DeterminationInputTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    static Parsed<DeterminationDraft> parse(String json) {
        return DeterminationInput.parse(JSON.readTree(json), "testland", "analyst-1", NOW, CATALOGUE);
    }

    static DeterminationDraft ok(String json) {
        return switch (parse(json)) {
            case Parsed.Ok<DeterminationDraft> ok -> ok.value();
            case Parsed.Refused<DeterminationDraft> r -> throw new AssertionError("refused: " + r.errors());
        };
    }

    static List<String> refusedFields(String json) {
        return switch (parse(json)) {
            case Parsed.Ok<DeterminationDraft> ok -> throw new AssertionError("accepted");
            case Parsed.Refused<DeterminationDraft> r -> r.errors().stream().map(FieldError::field).toList();
        };
    }

    /** Genocide with every conjunct established; GEN-I at the given standard; alternatives as given. */
    static String genocide(String intentStandard, String alternatives) {
        return """
                {"type": "GENOCIDE", "elements": [
                  {"element": "GEN-G1", "status": "established", "reasoning": "ID cards record ethnicity", "evidence": ["rw-045"]},
                  {"element": "GEN-G2", "status": "established", "reasoning": "victims selected at roadblocks by ID", "evidence": ["rw-045"]},
                  {"element": "GEN-A(a)", "status": "established", "reasoning": "massacres at parishes", "evidence": ["rw-044", "rw-045"]},
                  {"element": "GEN-I", "status": "established", "standard": "%s", "reasoning": "lists, militias, broadcasts",
                   "inference_rules": ["INF-6", "INF-9"], "evidence": [{"signal": "rw-016", "bearing": "supports", "note": "lists"}]},
                  {"element": "GEN-P", "status": "established", "reasoning": "the Tutsi of Rwanda", "inference_rules": ["SP-1"]}
                ], "alternatives": %s}
                """.formatted(intentStandard, alternatives);
    }

    @Test
    void elementsLeftOutAreRecordedAsUnaddressedSoTheConclusionIsIndeterminate() {
        DeterminationDraft d = ok("""
                {"type": "GENOCIDE", "elements": [{"element": "GEN-A(a)", "status": "established", "reasoning": "massacres"}]}
                """);

        assertThat(d.findings()).extracting(ElementFinding::element).containsExactlyElementsOf(Findings.type("GENOCIDE").elementIds());
        assertThat(d.findings()).filteredOn(f -> f.element().equals("GEN-I")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(ElementStatus.UNADDRESSED));
        assertThat(d.toDetermination("testland", "analyst-1", 1, NOW, "v").conclusion()).isEqualTo(Conclusion.INDETERMINATE);
    }

    @Test
    void theStandardDefaultsToReasonableGroundsAndSeriousRiskToItsOwnThreshold() {
        assertThat(ok("{\"type\": \"GENOCIDE\"}").standard()).isEqualTo(StandardOfProof.REASONABLE_GROUNDS);
        DeterminationDraft risk = ok("{\"type\": \"SERIOUS_RISK_OF_GENOCIDE\"}");
        assertThat(risk.standard()).isEqualTo(StandardOfProof.SERIOUS_RISK);
        assertThat(risk.question()).isEqualTo(Question.SERIOUS_RISK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the conclusion cannot be set                       | {\"type\": \"GENOCIDE\", \"conclusion\": \"not_established\"}                          | conclusion",
            "nor its label                                      | {\"type\": \"GENOCIDE\", \"conclusion_label\": \"acts of genocide\"}                    | conclusion_label",
            "an unknown type                                    | {\"type\": \"ETHNIC_CLEANSING\"}                                                       | type",
            "a type is required                                 | {\"elements\": []}                                                                     | type",
            "serious risk is found at its own threshold only    | {\"type\": \"SERIOUS_RISK_OF_GENOCIDE\", \"standard\": \"SOP-BRD\"}                    | standard",
            "the risk threshold is not a standard of proof      | {\"type\": \"GENOCIDE\", \"standard\": \"SOP-RISK\"}                                    | standard",
            "an element of another type                         | {\"type\": \"GENOCIDE\", \"elements\": [{\"element\": \"CAH-C1\", \"status\": \"established\", \"reasoning\": \"x\"}]} | elements[0].element",
            "a group is not an element                          | {\"type\": \"GENOCIDE\", \"elements\": [{\"element\": \"GEN-A\", \"status\": \"established\", \"reasoning\": \"x\"}]}  | elements[0].element",
            "an unknown status                                  | {\"type\": \"GENOCIDE\", \"elements\": [{\"element\": \"GEN-I\", \"status\": \"likely\", \"reasoning\": \"x\"}]}      | elements[0].status",
            "an addressed element states its reasoning          | {\"type\": \"GENOCIDE\", \"elements\": [{\"element\": \"GEN-I\", \"status\": \"not_established\"}]}                  | elements[0].reasoning",
            "a rule that does not bear on the element           | {\"type\": \"GENOCIDE\", \"elements\": [{\"element\": \"GEN-A(a)\", \"status\": \"established\", \"reasoning\": \"x\", \"inference_rules\": [\"INF-6\"]}]} | elements[0].inference_rules[0]",
            "an element recorded twice                          | {\"type\": \"GENOCIDE\", \"elements\": [{\"element\": \"GEN-I\", \"status\": \"unaddressed\"}, {\"element\": \"GEN-I\", \"status\": \"unaddressed\"}]} | elements[1].element",
            "a question the type does not answer                | {\"type\": \"GENOCIDE\", \"question\": \"serious_risk\"}                              | question",
            "the author does not co-sign                        | {\"type\": \"GENOCIDE\", \"co_signers\": [\"analyst-1\"]}                             | co_signers[0]",
            "a dissent says why                                 | {\"type\": \"GENOCIDE\", \"dissents\": [{\"person\": \"legal-adviser\"}]}             | dissents[0].text",
            "a supersession states why                          | {\"type\": \"GENOCIDE\", \"supersedes\": 3}                                           | supersession_reason",
            "a determination is not made in the future          | {\"type\": \"GENOCIDE\", \"occurred_at\": \"2031-01-01T00:00:00Z\"}                    | occurred_at",
            "a misspelt field is not silently ignored           | {\"type\": \"GENOCIDE\", \"elemnts\": []}                                             | elemnts"})
    void refusesBadInputNamingTheField(String why, String json, String field) {
        assertThat(refusedFields(json)).contains(field);
    }

    @Test
    void intentEstablishedBeyondReasonableDoubtWithoutAlternativesIsRefusedNamingAlternatives() {
        assertThat(refusedFields(genocide("SOP-BRD", "[]"))).containsExactly("alternatives");
    }

    @Test
    void intentEstablishedAtTheIcjStandardWithAnAlternativeNotRejectedIsRefused() {
        String alternatives = """
                [{"text": "counter-insurgency against the RPF", "rejected": true, "reason": "victims were civilians of all ages"},
                 {"text": "displacement only", "rejected": false}]""";

        assertThat(refusedFields(genocide("SOP-ICJ-FC", alternatives))).containsExactly("alternatives[1].rejected");
    }

    @Test
    void intentEstablishedBeyondReasonableDoubtIsRecordedWithTheAlternativesConsideredAndWhyEachIsRejected() {
        String alternatives = """
                [{"text": "counter-insurgency against the RPF", "rejected": true,
                  "reason": "the killing targeted Tutsi civilians of every age, far from any front", "evidence": ["rw-061"]},
                 {"text": "displacement only", "rejected": true, "reason": "people were killed where they sheltered, not expelled"}]""";

        DeterminationDraft d = ok(genocide("SOP-BRD", alternatives));

        assertThat(d.alternatives()).hasSize(2).allSatisfy(a -> assertThat(a.rejected()).isTrue());
        assertThat(d.toDetermination("testland", "analyst-1", 1, NOW, "v").conclusion()).isEqualTo(Conclusion.ESTABLISHED);
    }

    @Test
    void underReasonableGroundsAlternativesAreRecordedButNeedNotAllBeExcluded() {
        String open = "[{\"text\": \"displacement only\", \"rejected\": false}]";

        assertThat(ok(genocide("SOP-RGB", "[]")).alternatives()).isEmpty();
        assertThat(ok(genocide("SOP-RGB", open)).alternatives()).singleElement().satisfies(a -> assertThat(a.rejected()).isFalse());
    }

    @Test
    void intentNotEstablishedNeedsNoExclusionTestEvenAtTheHighestStandard() {
        String json = genocide("SOP-BRD", "[]").replace("\"element\": \"GEN-I\", \"status\": \"established\"",
                "\"element\": \"GEN-I\", \"status\": \"insufficient_information\"");

        assertThat(ok(json).toDetermination("testland", "analyst-1", 1, NOW, "v").conclusion())
                .isEqualTo(Conclusion.INSUFFICIENT_INFORMATION);
    }

    @Test
    void citedSignalsAreKeptWithTheFieldThatCitesThem() {
        DeterminationDraft d = ok(genocide("SOP-RGB", "[]"));

        assertThat(d.signals()).extracting(DeterminationDraft.SignalRef::field)
                .contains("elements[0].evidence[0]", "elements[3].evidence[0].signal");
        assertThat(DeterminationInput.unknownSignals(d, key -> !key.id().equals("rw-016")))
                .extracting(FieldError::field).containsExactly("elements[3].evidence[0].signal");
    }

    @Test
    void theConclusionLabelIsGeneratedFromTheFindingsAndNamesTheWeakestStandard() {
        Determination d = ok(genocide("SOP-RGB", "[]")).toDetermination("testland", "analyst-1", 1, NOW, "v");

        assertThat(d.conclusionLabel(CATALOGUE))
                .isEqualTo("Established at Reasonable grounds to believe (SOP-RGB): genocide is being committed.");
    }

    @Test
    void aHedgedNoteIsFlaggedButCannotChangeTheConclusion() {
        assertThat(HedgeLint.warnings("We believe acts of genocide may have occurred")).singleElement()
                .satisfies(w -> assertThat(w).contains("acts of genocide"));
        assertThat(HedgeLint.warnings("Genocide is being committed.")).isEmpty();
    }
}
