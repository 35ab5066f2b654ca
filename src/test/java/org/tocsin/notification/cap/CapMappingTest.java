package org.tocsin.notification.cap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.Alert;
import org.tocsin.escalation.AlertDecision;
import org.tocsin.escalation.Assessment;
import org.tocsin.escalation.Severity;
import org.tocsin.intake.Channel;
import org.tocsin.intake.Credibility;
import org.tocsin.intake.DatePrecision;
import org.tocsin.intake.Place;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.Reliability;
import org.tocsin.intake.Signal;
import org.tocsin.intake.SignalKey;
import org.tocsin.intake.SignalKind;
import org.tocsin.intake.SignalTime;
import org.tocsin.intake.SourceType;
import org.tocsin.situation.Situation;
import org.w3c.dom.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CAP mapping and renderer, checked against the OASIS CAP 1.2 schema. */
class CapMappingTest {

    static final Instant RAISED = Instant.parse("1994-01-11T12:00:00.250Z");
    static final Situation RWANDA = new Situation("rwanda-1993-1994", "Rwanda 1993–94", "RW", null, LocalDate.of(1993, 10, 1),
            LocalDate.of(1994, 7, 31), "{\"bbox\": [-2.85, -1.04, 28.85, 30.9]}", RAISED, "test");

    final CapMapping mapping = new CapMapping(new CapMapping.Settings("tocsin@tocsin.example", "Tocsin test", CapMessage.Status.Actual));
    final CapRenderer renderer = new CapRenderer();

    static Alert alert(Tlp label, Severity severity) {
        return Alert.raise("rwanda-1993-1994", Alert.Kind.CRITICAL_SIGNAL, severity, List.of("rw-017"),
                "Informant reports militia registering Tutsi for extermination & arms caches <in Kigali>.\nSecond line.",
                List.of("interahamwe"), "force-commander", 0, label, null, List.of(), null, RAISED).withId(42);
    }

    static Signal graded(String admiralty) {
        return new Signal(new SignalKey("rwanda-1993-1994", "rw-017"), SignalKind.FIELD_REPORT, "unamir", "unamir", SourceType.UN_FIELD,
                Reliability.parse(admiralty.substring(0, 1)).orElseThrow(), Credibility.parse(admiralty.substring(1)).orElseThrow(),
                Place.unknown(), SignalTime.of(LocalDate.of(1994, 1, 11), DatePrecision.DAY), "the cable", List.of(), List.of(), false,
                List.of(), null, null, null, List.of(), List.of(), null, null, Tlp.CLEAR, false, Map.of(),
                new Receipt(RAISED, "test", Channel.API));
    }

    String render(Alert a, Signal... evidence) {
        return renderer.alert(mapping.message(a, Optional.of(RWANDA), List.of(evidence)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Tlp.class, names = {"CLEAR", "GREEN"})
    void anAlertOfEachPublishableLabelIsValidCap12(Tlp label) {
        Element alert = CapSchema.validAlert(render(alert(label, Severity.CRITICAL), graded("B2")));

        assertThat(CapSchema.text(alert, "scope")).isEqualTo(label == Tlp.CLEAR ? "Public" : "Restricted");
        assertThat(CapSchema.text(alert, "restriction")).isEqualTo(label == Tlp.CLEAR ? null
                : "TLP:GREEN: the community, not public channels. Share within your community; do not post publicly.");
        assertThat(CapSchema.parameter(alert, "TLP")).isEqualTo(label.label());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Tlp.class, names = {"AMBER", "AMBER_STRICT", "RED"})
    void anAlertWithANarrowerLabelCannotBecomeACapMessageAtAll(Tlp label) {
        assertThatThrownBy(() -> mapping.message(alert(label, Severity.CRITICAL), Optional.of(RWANDA), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never published");
    }

    @Test
    void aNewAlertIsAnAlertMessageWithItsAreaCountryAndBoundingPolygon() {
        Element alert = CapSchema.validAlert(render(alert(Tlp.CLEAR, Severity.CRITICAL), graded("B2")));

        assertThat(CapSchema.text(alert, "identifier")).isEqualTo("tocsin.alert.42.19940111T120000250Z");
        assertThat(CapSchema.text(alert, "sender")).isEqualTo("tocsin@tocsin.example");
        assertThat(CapSchema.text(alert, "sent")).isEqualTo("1994-01-11T12:00:00-00:00");
        assertThat(CapSchema.text(alert, "status")).isEqualTo("Actual");
        assertThat(CapSchema.text(alert, "msgType")).isEqualTo("Alert");
        assertThat(CapSchema.text(alert, "references")).isNull();
        assertThat(CapSchema.text(alert, "event")).isEqualTo("Critical report of atrocity risk");
        assertThat(CapSchema.text(alert, "headline")).startsWith("CRITICAL — Rwanda 1993–94: Informant reports militia").hasSizeLessThanOrEqualTo(160);
        assertThat(CapSchema.text(alert, "description")).contains("arms caches <in Kigali>").contains("Assessments (0)");
        assertThat(CapSchema.text(alert, "areaDesc")).isEqualTo("Rwanda 1993–94");
        assertThat(CapSchema.text(alert, "polygon")).isEqualTo("-2.85,28.85 -1.04,28.85 -1.04,30.9 -2.85,30.9 -2.85,28.85");
        Element geocode = (Element) alert.getElementsByTagNameNS(CapRenderer.CAP_NS, "geocode").item(0);
        assertThat(CapSchema.text(geocode, "valueName")).isEqualTo("ISO 3166-1 alpha-2");
        assertThat(CapSchema.text(geocode, "value")).isEqualTo("RW");
        assertThat(CapSchema.parameter(alert, "tocsin:alert")).isEqualTo("42");
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({"EMERGENCY, Immediate, Extreme", "CRITICAL, Immediate, Severe", "HIGH, Expected, Moderate", "ELEVATED, Future, Minor"})
    void severityMapsToUrgencyAndSeverity(Severity severity, String urgency, String capSeverity) {
        Element alert = CapSchema.validAlert(render(alert(Tlp.CLEAR, severity)));

        assertThat(CapSchema.text(alert, "urgency")).isEqualTo(urgency);
        assertThat(CapSchema.text(alert, "severity")).isEqualTo(capSeverity);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"A1, Observed", "B2, Likely", "C3, Possible", "B4, Unlikely", "A5, Unlikely", "A6, Unknown",
            "D1, Likely", "E2, Possible", "F3, Unlikely", "F6, Unknown"})
    void certaintyFollowsTheEvidencesCredibilityLoweredForAWeakSource(String admiralty, String certainty) {
        assertThat(CapSchema.text(CapSchema.validAlert(render(alert(Tlp.CLEAR, Severity.HIGH), graded(admiralty))), "certainty"))
                .isEqualTo(certainty);
    }

    @Test
    void theBestGradedEvidenceDecidesTheCertaintyAndNoEvidenceIsUnknown() {
        assertThat(CapMapping.certainty(List.of(graded("C3"), graded("A1"), graded("E5")))).isEqualTo(CapMessage.Certainty.Observed);
        assertThat(CapMapping.certainty(List.of())).isEqualTo(CapMessage.Certainty.Unknown);
    }

    @Test
    void anAssessedAlertIsAnUpdateThatCarriesEveryAssessmentAndReferencesTheOriginal() {
        Alert a = alert(Tlp.CLEAR, Severity.CRITICAL)
                .attach(new Assessment("as1", "dallaire", "Force Commander", "Raid the caches within 36 hours.", Severity.EMERGENCY,
                        RAISED.plusSeconds(3600)))
                .attach(new Assessment("as2", "booh-booh", "Special Representative", "Raise it with the President first.", Severity.HIGH,
                        RAISED.plusSeconds(7200)));

        Element alert = CapSchema.validAlert(render(a));

        assertThat(CapSchema.text(alert, "msgType")).isEqualTo("Update");
        assertThat(CapSchema.text(alert, "sent")).isEqualTo("1994-01-11T14:00:00-00:00");
        assertThat(CapSchema.text(alert, "identifier")).isEqualTo("tocsin.alert.42.19940111T140000250Z");
        assertThat(CapSchema.text(alert, "references")).isEqualTo("tocsin@tocsin.example,tocsin.alert.42.19940111T120000250Z,1994-01-11T12:00:00-00:00");
        assertThat(CapSchema.text(alert, "description")).contains("Assessments (2)")
                .contains("Force Commander, judges emergency: Raid the caches within 36 hours.")
                .contains("Special Representative, judges high: Raise it with the President first.");
    }

    @Test
    void anAlertClosedByARecordedDecisionIsACancel() {
        var decided = alert(Tlp.CLEAR, Severity.HIGH).decide(new AlertDecision("d1", AlertDecision.Outcome.CLOSE,
                "Beyond the mandate.", "mandate", "annan-desk", RAISED.plusSeconds(86_400), null, null));
        Alert closed = ((Alert.Change.Changed) decided).alert();

        Element alert = CapSchema.validAlert(render(closed));

        assertThat(CapSchema.text(alert, "msgType")).isEqualTo("Cancel");
        assertThat(CapSchema.text(alert, "references")).contains("tocsin.alert.42.19940111T120000250Z");
        assertThat(CapSchema.text(alert, "description")).contains("Decision (close, 1994-01-12T12:00:00-00:00): Beyond the mandate.");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedSoTheDocumentStaysValid() {
        Alert a = Alert.raise("rwanda-1993-1994", Alert.Kind.MANUAL, Severity.HIGH, List.of(), "Bell\u0007 and NUL-free \uD800 lone surrogate",
                List.of(), "x", 0, Tlp.CLEAR, null, List.of(), null, RAISED).withId(7);

        Element alert = CapSchema.validAlert(render(a));

        assertThat(CapSchema.text(alert, "description")).startsWith("Bell\uFFFD and NUL-free \uFFFD lone surrogate");
    }

    @Test
    void aSituationWithoutABoxHasAnAreaWithoutPolygon() {
        Situation plain = new Situation("car", "Central African Republic", "CF", "Bangui and the west", null, null, "{}", RAISED, "test");
        Alert a = Alert.raise("car", Alert.Kind.LEVEL_CHANGE, Severity.ELEVATED, List.of(), "Risk level rose.", List.of(), "fusion", 0,
                Tlp.CLEAR, null, List.of(), null, RAISED).withId(9);

        Element alert = CapSchema.validAlert(renderer.alert(mapping.message(a, Optional.of(plain), List.of())));

        assertThat(CapSchema.text(alert, "areaDesc")).isEqualTo("Bangui and the west");
        assertThat(CapSchema.text(alert, "polygon")).isNull();
        assertThat(CapSchema.text(alert, "event")).isEqualTo("Risk of atrocity crimes");
    }

    @Test
    void senderAndIdentifierRefuseTheCharactersCapForbids() {
        assertThatThrownBy(() -> new CapMapping.Settings("tocsin example", "x", CapMessage.Status.Actual)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapMapping.Settings("a,b", "x", CapMessage.Status.Actual)).isInstanceOf(IllegalArgumentException.class);
    }
}
