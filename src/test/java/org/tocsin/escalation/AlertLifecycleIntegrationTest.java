package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.Outcome;
import org.tocsin.audit.Journal;
import org.tocsin.distribution.Tlp;
import org.tocsin.escalation.jdbc.JdbcDeadlineStore;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts on the real store: transitions, both deadlines, reminders, appeal, labels, journal and outbox. */
class AlertLifecycleIntegrationTest extends EscalationIntegrationTest {

    @Autowired ObjectProvider<Journal> journal;
    @Autowired org.tocsin.intake.IntakeService intake;

    @Test
    void anAlertNobodyAcknowledgesInTimeClimbsToTheNextLevel() {
        World w = world("esc-ack");
        Alert a = raise(w, w.t0());
        assertThat(a.level()).isZero();

        fireDue(w.t0().plus(ACK));

        Alert now = alert(a.id());
        assertThat(now.level()).isEqualTo(1);
        assertThat(now.state()).isInstanceOf(AlertState.Raised.class);
        var escalated = history(a).stream().filter(e -> e.type().equals(EscalationEvent.ALERT_ESCALATED)).toList();
        assertThat(escalated).singleElement().satisfies(e -> assertThat((String) e.details().get("reason")).contains("not acknowledged"));
        assertThat(outbox(w.head())).extracting(r -> (String) r.get("subject")).anyMatch(s -> s.contains("alert " + a.id()));
    }

    @Test
    void anAlertAcknowledgedButNotDecidedInTimeAlsoClimbs() {
        World w = world("esc-decide");
        Alert a = raise(w, w.t0());
        done(alerts.acknowledge(a.id(), w.analyst(), w.t0().plusSeconds(600)));

        fireDue(w.t0().plus(ACK));
        assertThat(alert(a.id()).level()).as("acknowledged in time: the acknowledgement deadline does nothing").isZero();

        fireDue(w.t0().plus(DECIDE));
        Alert now = alert(a.id());
        assertThat(now.level()).isEqualTo(1);
        assertThat(now.state()).as("the new level must acknowledge afresh").isInstanceOf(AlertState.Raised.class);
        assertThat(history(a)).filteredOn(e -> e.type().equals(EscalationEvent.ALERT_ESCALATED)).singleElement()
                .satisfies(e -> assertThat((String) e.details().get("reason")).contains("not decided").contains("acknowledged by " + w.analyst()));
    }

    @Test
    void anOpenAlertIsRemindedAtTheSameLevelEveryInterval() {
        World w = world("esc-renotify");
        Alert a = raise(w, w.t0());

        fireDue(w.t0().plus(RENOTIFY));

        assertThat(alert(a.id()).level()).isZero();
        var reminders = history(a).stream().filter(e -> e.type().equals(EscalationEvent.ALERT_RENOTIFIED)).toList();
        assertThat(reminders).singleElement().satisfies(e -> assertThat(e.details().get("recipients")).isEqualTo(List.of(w.analyst())));
        assertThat(outbox(w.analyst())).hasSize(2);
        assertThat(alerts.view(a.id()).orElseThrow().deadlines()).extracting(Deadline::kind).contains(Deadline.Kind.RENOTIFY);
    }

    @Test
    void deadlinesSurviveARestartAndAWorkerStartedLaterFiresThemOnce() {
        World w = world("esc-restart");
        Alert a = raise(w, w.t0());
        Long stored = jdbc.queryForObject("select count(*) from escalation_deadline where alert_id = ? and fired_at is null", Long.class, a.id());
        assertThat(stored).isEqualTo(3);

        // a new process: fresh store and worker objects over the same database, long after the deadlines passed
        var restarted = new EscalationWorker(transactions, new JdbcDeadlineStore(jdbc), alerts, "restarted-instance", 100);
        fireDue(restarted, w.t0().plus(ACK).plusSeconds(3600));

        assertThat(alert(a.id()).level()).isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct fired_by from escalation_deadline where alert_id = ? and fired_at is not null",
                String.class, a.id())).containsExactly("restarted-instance");
        assertThat(history(a)).filteredOn(e -> e.type().equals(EscalationEvent.ALERT_ESCALATED)).hasSize(1);
    }

    @Test
    void everyTransitionIsGuardedAndARefusalNamesTheCurrentState() {
        World w = world("esc-guards");
        Alert a = raise(w, w.t0());

        assertThat(alerts.acknowledge(a.id(), w.outsider(), w.t0())).isInstanceOf(Outcome.Forbidden.class);
        assertThat(alerts.appeal(a.id(), w.originator(), "please", w.t0())).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.error().reason()).contains("no decision to appeal").contains("raised"));
        done(alerts.acknowledge(a.id(), w.analyst(), w.t0()));
        assertThat(alerts.acknowledge(a.id(), w.analyst(), w.t0())).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.error().reason()).isEqualTo("cannot acknowledge an alert that is acknowledged"));

        var close = new AlertInput.Decision(AlertDecision.Outcome.CLOSE, "Verified: the arms were police stock", "policy 4.2", null, null);
        Alert closed = done(alerts.decide(a.id(), close, w.analyst(), w.t0().plusSeconds(60)));
        assertThat(closed.state()).isInstanceOf(AlertState.Closed.class);
        assertThat(alerts.decide(a.id(), close, w.analyst(), w.t0())).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.error().reason()).isEqualTo("cannot decide an alert that is closed"));
        assertThat(alerts.escalate(a.id(), w.analyst(), null, w.t0())).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.error().reason()).isEqualTo("cannot escalate an alert that is closed"));
        // the originator is told of the decision
        assertThat(outbox(w.originator())).extracting(r -> (String) r.get("body")).anyMatch(b -> b.contains("Verified: the arms were police stock"));

        fireDue(w.t0().plus(DECIDE));
        assertThat(alert(a.id()).level()).as("a decided alert does not climb").isZero();
    }

    @Test
    void theOriginatorAppealsWithOneActionAndTheTopLevelReceivesBothPositions() {
        World w = world("esc-appeal");
        Alert a = raise(w, w.t0());
        var monitor = new AlertInput.Decision(AlertDecision.Outcome.MONITOR, "Not enough corroboration yet", null, null, null);
        done(alerts.decide(a.id(), monitor, w.analyst(), w.t0().plusSeconds(60)));

        assertThat(alerts.appeal(a.id(), w.analyst(), "no", w.t0())).isInstanceOf(Outcome.Forbidden.class);
        Alert appealed = done(alerts.appeal(a.id(), w.originator(), "Two independent sources confirm the caches", w.t0().plusSeconds(120)));

        assertThat(appealed.state()).isInstanceOf(AlertState.Appealed.class);
        assertThat(appealed.level()).isEqualTo(2);
        var toUsg = outbox(w.usg());
        assertThat(toUsg).hasSize(1);
        String payload = toUsg.getFirst().get("payload").toString();
        assertThat(payload).contains("Two independent sources confirm the caches").contains("Not enough corroboration yet");
        assertThat(toUsg.getFirst().get("body").toString()).contains("Originator's position").contains("Decider's position");
        // the council members are reached too; the member representing no implicated actor is not held
        assertThat(alerts.view(a.id()).orElseThrow().deliveries()).extracting(Delivery::recipient)
                .contains(w.member("AA"), w.member("BB"), w.member("GV"), w.usg());
        // the top decides the appeal
        var act = new AlertInput.Decision(AlertDecision.Outcome.ACT, "Authorise the search", "S/RES/872 op. 3", null, null);
        assertThat(done(alerts.decide(a.id(), act, w.usg(), w.t0().plusSeconds(300))).state()).isInstanceOf(AlertState.Decided.class);
    }

    @Test
    void competingAssessmentsTravelTogetherInEveryNotification() {
        World w = world("esc-assess");
        Alert a = raise(w, w.t0());
        done(alerts.attachAssessment(a.id(), new AlertInput.NewAssessment("Force Commander", "Extermination plan is credible", Severity.CRITICAL),
                w.head(), w.t0().plusSeconds(10)));
        done(alerts.attachAssessment(a.id(), new AlertInput.NewAssessment("Special Representative", "The parties remain committed to Arusha", Severity.ELEVATED),
                w.envoy(), w.t0().plusSeconds(20)));

        fireDue(w.t0().plus(RENOTIFY));

        var last = outbox(w.analyst()).getLast();
        assertThat(last.get("body").toString()).contains("Extermination plan is credible").contains("The parties remain committed to Arusha");
        assertThat(last.get("payload").toString()).contains("Force Commander").contains("Special Representative");
        assertThat(alert(a.id()).assessments()).hasSize(2);
    }

    @Test
    void aLabelIsWidenedByItsSenderOrByADecisionAndNeverNarrowed() {
        World w = world("esc-label");
        Alert a = raise(w, w.t0());
        assertThat(a.label()).isEqualTo(Tlp.AMBER);

        assertThat(alerts.relabel(a.id(), Tlp.RED, w.originator(), w.t0())).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(((Outcome.Invalid<?>) i).errors().getFirst().reason()).contains("narrower").contains("never narrowed"));
        assertThat(alerts.relabel(a.id(), Tlp.GREEN, w.analyst(), w.t0())).isInstanceOf(Outcome.Forbidden.class);
        assertThat(done(alerts.relabel(a.id(), Tlp.GREEN, w.originator(), w.t0())).label()).isEqualTo(Tlp.GREEN);
        var widen = new AlertInput.Decision(AlertDecision.Outcome.ACT, "Share with every member", null, null, Tlp.CLEAR);
        assertThat(done(alerts.decide(a.id(), widen, w.analyst(), w.t0())).label()).isEqualTo(Tlp.CLEAR);
        assertThat(types(a)).contains(EscalationEvent.ALERT_LABEL_WIDENED);
    }

    @Test
    void eachTransitionIsJournaledAndItsNotificationsAreInTheOutbox() {
        World w = world("esc-journal");
        Alert a = raise(w, w.t0());
        done(alerts.acknowledge(a.id(), w.analyst(), w.t0().plusSeconds(5)));
        done(alerts.decide(a.id(), new AlertInput.Decision(AlertDecision.Outcome.ACT, "Search the caches", null, null, null),
                w.analyst(), w.t0().plusSeconds(9)));

        assertThat(types(a)).containsSubsequence(EscalationEvent.ALERT_RAISED, EscalationEvent.ALERT_DELIVERED,
                EscalationEvent.ALERT_ACKNOWLEDGED, EscalationEvent.ALERT_DECIDED);
        assertThat(history(a)).filteredOn(e -> e.type().equals(EscalationEvent.ALERT_DELIVERED)).first()
                .satisfies(e -> assertThat(e.details().get("recipients")).isEqualTo(List.of(w.analyst())));
        assertThat(history(a)).allSatisfy(e -> assertThat(e.recordedAt()).isNotNull());
        if (journal.getIfAvailable() != null && jdbc.queryForObject("select to_regclass('journal') is not null", Boolean.class)) {
            assertThat(jdbc.queryForList("select type from journal where subject = ? order by seq", String.class, a.subject()))
                    .contains(EscalationEvent.ALERT_RAISED, EscalationEvent.ALERT_DELIVERED, EscalationEvent.ALERT_ACKNOWLEDGED,
                            EscalationEvent.ALERT_DECIDED);
        }
        assertThat(outbox(w.analyst())).singleElement().satisfies(r -> {
            assertThat(r.get("channel")).isEqualTo("email");
            assertThat(r.get("address")).isEqualTo(w.analyst() + "@example.org");
            assertThat(r.get("idempotency_key").toString()).startsWith(a.subject());
        });
    }

    @Test
    void aRolledBackRaiseLeavesNoAlertNoEventAndNoNotification() {
        World w = world("esc-rollback");
        long outboxBefore = jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class, w.analyst());

        Long id = transactions.inTransaction(tx -> {
            Alert a = raise(w, w.t0());
            tx.rollbackOnly();
            return a.id();
        });

        assertThat(alerts.view(id)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from escalation_event where subject = ?", Long.class, "alert:" + id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from escalation_deadline where alert_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class, w.analyst()))
                .isEqualTo(outboxBefore);
    }

    @Test
    void aSignalFlaggedCriticalRaisesOneCriticalAlertWhoseOriginatorIsItsSubmitter() {
        World w = world("esc-critical");
        var submitted = intake.submit(org.tocsin.support.Api.JSON.readTree("""
                {"situation": "%s", "id": "crit-1", "date": "2099-03-01", "kind": "field_report", "source": "Sector commander",
                 "source_type": "un_field", "reliability": "B", "credibility": "2", "summary": "Roadblocks going up across the city",
                 "critical": true, "implicates": ["militia"]}""".formatted(w.situation())), w.originator(),
                // a bulk channel, so this test drives raiseForCriticalSignal itself (LiveEscalationWiringTest covers the live path)
                org.tocsin.intake.Channel.IMPORT_CASE);
        var signal = ((org.tocsin.intake.SubmitOutcome.Created) submitted).signal();

        var raised = alerts.raiseForCriticalSignal(signal);

        assertThat(raised).isInstanceOfSatisfying(AlertService.Raise.Raised.class, r -> {
            assertThat(r.alert().severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.alert().originator()).isEqualTo(w.originator());
            assertThat(r.alert().evidence()).containsExactly("crit-1");
            assertThat(r.alert().implicated()).containsExactlyInAnyOrder("militia", "party", "government");
        });
        assertThat(alerts.raiseForCriticalSignal(signal)).isInstanceOf(AlertService.Raise.NotRaised.class);
    }

    @Test
    void aRiseInTheSituationsLevelRaisesOneAlertAndAFallDoesNot() {
        World w = world("esc-level");
        Instant at = w.t0();
        assertThat(alerts.raiseForLevelChange(w.situation(), "high", "elevated", List.of(), "fell", at))
                .isInstanceOf(AlertService.Raise.NotRaised.class);
        var raised = alerts.raiseForLevelChange(w.situation(), "NORMAL", "HIGH", List.of(), "three corroborated reports", at);
        assertThat(raised).isInstanceOfSatisfying(AlertService.Raise.Raised.class, r -> {
            assertThat(r.alert().severity()).isEqualTo(Severity.HIGH);
            assertThat(r.alert().originator()).isEqualTo("fusion");
            assertThat(r.alert().explanation()).contains("normal to high").contains("three corroborated reports");
        });
        assertThat(alerts.raiseForLevelChange(w.situation(), "elevated", "high", List.of(), "again", at))
                .isInstanceOf(AlertService.Raise.NotRaised.class);
        assertThat(alerts.list(w.situation(), true)).hasSize(1);
    }
}
