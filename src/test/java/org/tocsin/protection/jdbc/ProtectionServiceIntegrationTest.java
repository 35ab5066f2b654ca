package org.tocsin.protection.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.protection.ChangeForm;
import org.tocsin.protection.Estimate;
import org.tocsin.protection.ForceStore;
import org.tocsin.protection.ImpactAssessment;
import org.tocsin.protection.ImpactAssessor;
import org.tocsin.protection.ProtectionAlerts;
import org.tocsin.protection.ProtectionChangeStore;
import org.tocsin.protection.ProtectionOutcome;
import org.tocsin.protection.ProtectionService;
import org.tocsin.protection.Reading;
import org.tocsin.protection.RecordedChange;
import org.tocsin.protection.VersionInfo;
import org.tocsin.situation.SituationStore;
import org.tocsin.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The protection service on the real PostgreSQL store and journal, with a hook that records what it
 * is told (and checks, from inside the transaction, that the change it is told of is already stored).
 */
class ProtectionServiceIntegrationTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired SituationStore situations;
    @Autowired ForceStore forces;
    @Autowired ProtectionChangeStore changes;
    @Autowired Transactions transactions;
    @Autowired Journal journal;
    @Autowired Clock clock;
    @Autowired ImpactAssessor assessor;
    @Autowired ProtectionService configured;

    private final RecordingAlerts alerts = new RecordingAlerts();
    private ProtectionService protection;
    private String situation;

    /** Records every call, after checking that the change is visible in the store at that moment. */
    final class RecordingAlerts implements ProtectionAlerts {
        final List<String> calls = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public void siteLeft(RecordedChange change, ImpactAssessment impact) {
            record("site_left", change, impact);
        }

        @Override
        public void reductionProposed(RecordedChange change, ImpactAssessment impact) {
            record("reduction_proposed", change, impact);
        }

        private void record(String what, RecordedChange change, ImpactAssessment impact) {
            assertThat(changes.find(change.change().situation(), change.id())).isPresent();
            calls.add(what + " " + change.change().change().text() + " exposing " + impact.exposed().people().text());
            if (failWith != null) throw failWith;
        }
    }

    @BeforeEach
    void aSituationWithTheRwandaForce() {
        protection = new ProtectionService(situations, forces, changes, transactions, journal, clock, alerts, assessor);
        situation = uniqueSituation("force");
        createSituation(situation);
        assertThat(protection.importForce(situation, rwanda(), "desk-officer", "initial force")).isInstanceOf(ProtectionOutcome.Done.class);
    }

    @Test
    void anOrderLeavingAProtectedSiteCallsTheCriticalHookAtOnceWithTheChangeAlreadyOnRecord() {
        var outcome = protection.record(situation, body("""
                {"kind": "site_left", "site": "ETO", "form": "ordered", "on": "1994-04-11", "occurred_at": "1994-04-11T11:00:00Z",
                 "rationale": "regroup at the airport"}"""), "kigali-sector-commander");
        var recorded = ((ProtectionOutcome.Done<ProtectionService.Recorded>) outcome).value();
        assertThat(recorded.alerted()).isEqualTo(ProtectionService.Alerted.SITE_LEFT);
        assertThat(alerts.calls).containsExactly("site_left leave site ETO exposing 2,000 (2,000–4,000)");
        assertThat(journalTypes(recorded.change().subject())).containsExactly("protection.change_proposed", "protection.impact_assessed");
        assertThat(jdbc.queryForObject("select occurred_at < recorded_at from protection_change where id = ?", Boolean.class,
                recorded.change().id())).isTrue();
    }

    @Test
    void theSameChangeOnlyProposedGoesToTheDecidersNotToTheCriticalHook() {
        var outcome = protection.record(situation, body("""
                {"kind": "site_left", "site": "ETO", "on": "1994-04-11", "rationale": "hand the school over?"}"""), "desk-officer");
        assertThat(((ProtectionOutcome.Done<ProtectionService.Recorded>) outcome).value().alerted())
                .isEqualTo(ProtectionService.Alerted.REDUCTION_PROPOSED);
        assertThat(alerts.calls).containsExactly("reduction_proposed leave site ETO exposing 2,000 (2,000–4,000)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProposedForceCutCarriesItsImpactAssessmentOnRecord() {
        var outcome = protection.record(situation, body("""
                {"kind": "force_cut", "target_strength": 270, "on": "1994-04-21", "occurred_at": "1994-04-20T15:00:00Z",
                 "rationale": "option II of S/1994/470"}"""), "secretariat");
        long id = ((ProtectionOutcome.Done<ProtectionService.Recorded>) outcome).value().change().id();
        RecordedChange stored = ((ProtectionOutcome.Done<RecordedChange>) protection.change(situation, id)).value();
        assertThat(stored.change().form()).isEqualTo(ChangeForm.PROPOSED);
        assertThat(stored.change().effectiveOn()).isEqualTo(LocalDate.parse("1994-04-21"));
        assertThat(stored.change().forceVersion()).isEqualTo(1);
        Map<String, Object> exposed = (Map<String, Object>) stored.impact().get("people_exposed");
        assertThat(exposed).containsEntry("low", 700).containsEntry("value", 1268).containsEntry("high", 13268).containsEntry("confidence", "low");
        assertThat(stored.impact().get("sites_unguarded")).isEqualTo(List.of("MILLE_COLLINES"));
        assertThat(stored.impactText()).contains("cut the force to 270", "Assumptions:");
        assertThat(alerts.calls).singleElement().asString().startsWith("reduction_proposed cut the force to 270");
    }

    @Test
    void whenTheHookFailsTheChangeIsNotRecorded() {
        alerts.failWith = new IllegalStateException("escalation unavailable");
        assertThatThrownBy(() -> protection.record(situation, body("""
                {"kind": "withdrawal", "contingent": "BGD", "form": "decided", "on": "1994-04-20", "rationale": "national decision"}"""),
                "desk-officer")).isInstanceOf(IllegalStateException.class);
        assertThat(((ProtectionOutcome.Done<List<RecordedChange>>) protection.changes(situation)).value()).isEmpty();
    }

    @Test
    void anEditCreatesANewVersionWithItsAuthorAndReasonAndKeepsThePreviousOne() {
        var edited = protection.edit(situation, body("""
                {"reason": "Force Commander's sitrep of 22 April", "base_version": 1, "edits": [
                  {"kind": "source_added", "id": "FC_SITREP_0422", "source": {"citation": "UNAMIR FC sitrep, 22 Apr 1994", "kind": "field_report"}},
                  {"kind": "strength_reported", "contingent": "GHA_GHANBAT", "figure": {"date": "1994-04-22", "value": 450,
                    "range": [400, 458], "sources": ["FC_SITREP_0422"], "confidence": "medium", "note": "after Res 912"}}]}"""),
                "force-commander");
        VersionInfo v2 = ((ProtectionOutcome.Done<VersionInfo>) edited).value();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.origin()).isEqualTo(VersionInfo.Origin.EDITED);
        assertThat(v2.createdBy()).isEqualTo("force-commander");
        assertThat(v2.reason()).isEqualTo("Force Commander's sitrep of 22 April");
        assertThat(((ProtectionOutcome.Done<List<VersionInfo>>) protection.versions(situation)).value())
                .extracting(VersionInfo::version, VersionInfo::createdBy).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "desk-officer"), org.assertj.core.groups.Tuple.tuple(2, "force-commander"));

        Reading now = ((ProtectionOutcome.Done<Reading>) protection.strength(situation, "GHA_GHANBAT", Optional.of(LocalDate.parse("1994-04-23")))).value();
        assertThat(now.established()).contains(new Estimate(400, 450, 458));
        assertThat(now.sources()).containsExactly("FC_SITREP_0422");
        var v1 = ((ProtectionOutcome.Done<ProtectionService.Force>) protection.force(situation, OptionalInt.of(1))).value();
        assertThat(v1.model().strength("GHA_GHANBAT", LocalDate.parse("1994-04-23")).orElseThrow().established())
                .contains(Estimate.exactly(840));
        assertThat(journalTypes("force:" + situation + "/v2")).containsExactly("protection.force_versioned");
    }

    @Test
    void anEditOnAVersionThatIsNoLongerTheLatestIsAConflictAndChangesNothing() {
        String edit = """
                {"reason": "count at KFH", "base_version": 1, "edits": [
                  {"kind": "population_reported", "site": "KFH", "figure": {"date": "1994-04-22", "value": 8500, "sources": ["UK_1410"],
                   "confidence": "low"}}]}""";
        assertThat(protection.edit(situation, body(edit), "analyst-a")).isInstanceOf(ProtectionOutcome.Done.class);
        assertThat(protection.edit(situation, body(edit), "analyst-b")).isEqualTo(new ProtectionOutcome.Conflict<VersionInfo>(2));
        assertThat(((ProtectionOutcome.Done<List<VersionInfo>>) protection.versions(situation)).value()).hasSize(2);
    }

    @Test
    void theDatabaseRefusesToRewriteAVersionOrARecordedChange() {
        assertThatThrownBy(() -> jdbc.update("update force_version set reason = 'rewritten' where situation = ?", situation))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from force_version where situation = ?", situation))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theDemoSituationHasItsForceFromFirstStart() {
        var demo = ((ProtectionOutcome.Done<List<VersionInfo>>) configured.versions("rwanda-1993-1994")).value();
        assertThat(demo).isNotEmpty();
        assertThat(demo.getFirst().createdBy()).isEqualTo("demo");
        assertThat(demo.getFirst().origin()).isEqualTo(VersionInfo.Origin.IMPORTED);
        assertThat(configured.importIfAbsent("rwanda-1993-1994", rwanda(), "demo", "again")).isFalse();
    }

    private List<String> journalTypes(String subject) {
        return jdbc.queryForList("select type from journal where subject = ? order by seq", String.class, subject);
    }

    private static JsonNode body(String json) {
        return JSON.readTree(json);
    }

    private static JsonNode rwanda() {
        try {
            return JSON.readTree(Files.readString(Path.of("src/main/resources/demo/rwanda-1993-1994.force.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
