package org.tocsin.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tocsin.common.Parsed;
import org.tocsin.support.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Plaintext never shows in a string form, and refusals never quote what was sent. */
class SealedValuesTest {

    private static final String NAME = "Jean-Pierre Turatsinze";

    @Test
    void sealedFieldsNameTheirFieldsButWithholdTheirValues() {
        var fields = new SealedFields(Map.of(SealedField.REAL_NAME, NAME, SealedField.PHONE, "+250 788 000 111"));

        assertThat(fields.toString()).contains("real_name", "phone").doesNotContain("Turatsinze", "788");
        assertThat(new SourceService.Unsealed(null, fields).toString()).doesNotContain("Turatsinze");
        assertThat(SealedFields.decode(fields.encode())).isEqualTo(fields);
    }

    @Test
    void protectionDetailsWithholdWhatIsToBeDoneAndEveryRationale() {
        var details = new ProtectionDetails("Move Turatsinze's family to Nairobi", java.util.List.of())
                .with(new ProtectionDetails.Note(ProtectionStatus.DONE, "Turatsinze crossed at Gatuna"));

        assertThat(details.toString()).doesNotContain("Turatsinze", "Nairobi", "Gatuna");
        assertThat(ProtectionDetails.decode(details.encode())).isEqualTo(details);
        assertThat(new SourceInput.NewProtection("Move Turatsinze", null, "x").toString()).doesNotContain("Turatsinze");
        assertThat(new SourceInput.Progress(ProtectionStatus.DONE, "Turatsinze safe").toString()).doesNotContain("Turatsinze");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"id\": \"src-1\", \"type\": \"informant\", \"reliability\": \"C\", \"sealed\": {\"real_name\": \"SECRET\", \"phone\": 7}}",
            "{\"id\": \"src-1\", \"type\": \"informant\", \"reliability\": \"SECRET\", \"sealed\": {\"real_name\": \"SECRET\"}}",
            "{\"id\": \"src-1\", \"type\": \"SECRET\", \"reliability\": \"C\", \"sealed\": {\"real_name\": \"SECRET\"}}",
            "{\"id\": \"SECRET SECRET\", \"type\": \"informant\", \"reliability\": \"C\", \"sealed\": {\"real_name\": \"SECRET\"}}",
            "{\"id\": \"src-1\", \"type\": \"informant\", \"reliability\": \"C\", \"sealed\": {\"real_name\": \"SECRET\", \"SECRET\": \"x\"}}",
            "{\"id\": \"src-1\", \"type\": \"informant\", \"reliability\": \"C\", \"sealed\": {\"real_name\": \"SECRET\"}, \"SECRET name\": 1}",
            "{\"id\": \"src-secret-1\", \"type\": \"informant\", \"reliability\": \"C\", \"sealed\": {\"real_name\": \"SECRET\"}}",
            "{\"id\": \"src-1\", \"type\": \"informant\", \"reliability\": \"C\", \"handlers\": [\"SECRET SECRET\"], \"sealed\": {\"real_name\": \"SECRET\"}}"})
    void aRefusedRegistrationNamesTheFieldButNeverQuotesTheValue(String json) {
        var parsed = SourceInput.registration(Api.JSON.readTree(json));

        assertThat(parsed).isInstanceOf(Parsed.Refused.class);
        assertThat(((Parsed.Refused<?>) parsed).errors()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.field() + " " + e.reason()).doesNotContainIgnoringCase("secret"));
    }

    @ParameterizedTest(name = "id {0} with real name {1}: reveals {2}")
    @CsvSource({
            "informant-jean-pierre, Jean-Pierre Turatsinze, true",
            "src-turatsinze,        Jean-Pierre Turatsinze, true",
            "src-0042,              Jean-Pierre Turatsinze, false",
            "src-jp-01,             Jean-Pierre Turatsinze, false",
            "src-al-1,              Al Bo,                  false"})
    void anIdThatContainsPartOfTheRealNameIsRefused(String id, String name, boolean reveals) {
        var sealed = new SealedFields(Map.of(SealedField.REAL_NAME, name));

        assertThat(SourceInput.revealsName(new SourceId(id), sealed)).isEqualTo(reveals);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN,        IN_PROGRESS, true",
            "OPEN,        DONE,        true",
            "OPEN,        FAILED,      true",
            "OPEN,        OPEN,        false",
            "IN_PROGRESS, DONE,        true",
            "IN_PROGRESS, FAILED,      true",
            "IN_PROGRESS, OPEN,        false",
            "IN_PROGRESS, IN_PROGRESS, false",
            "DONE,        FAILED,      false",
            "DONE,        IN_PROGRESS, false",
            "FAILED,      DONE,        false",
            "FAILED,      OPEN,        false"})
    void aProtectionRequestMovesOnlyForwardAndARefusalNamesTheCurrentState(ProtectionStatus from, ProtectionStatus to,
                                                                          boolean allowed) {
        var refusal = from.refuse(to);

        assertThat(refusal.isEmpty()).isEqualTo(allowed);
        refusal.ifPresent(r -> assertThat(r).contains(from.wire()));
    }

    @Test
    void aPseudonymIsDrawnAtRandomInItsOwnAlphabet() {
        var random = new java.util.Random(7);
        var a = Pseudonym.random(random);
        var b = Pseudonym.random(random);

        assertThat(a.value()).matches("SRC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.subject()).isEqualTo("source:" + a.value());
    }
}
