package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.distribution.Tlp;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle as types, without a database: every transition and its guard. */
class AlertLifecycleTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    private static Alert raised() {
        return Alert.raise("s", Alert.Kind.MANUAL, Severity.HIGH, List.of("e1"), "why", List.of(), "orig", 0, Tlp.AMBER, null,
                List.of(), null, T).withId(7);
    }

    private static AlertDecision decision(AlertDecision.Outcome o) {
        return new AlertDecision("d", o, "because", null, "desk", T, o == AlertDecision.Outcome.DOWNGRADE ? Severity.ELEVATED : null, null);
    }

    private static Alert changed(Alert.Change c) {
        assertThat(c).isInstanceOf(Alert.Change.Changed.class);
        return ((Alert.Change.Changed) c).alert();
    }

    private static String refused(Alert.Change c) {
        assertThat(c).isInstanceOf(Alert.Change.Refused.class);
        return ((Alert.Change.Refused) c).reason();
    }

    @Test
    void aRaisedAlertCanBeAcknowledgedDecidedOrEscalated() {
        assertThat(changed(raised().acknowledge("a", T)).state()).isEqualTo(new AlertState.Acknowledged("a", T));
        assertThat(changed(raised().decide(decision(AlertDecision.Outcome.ACT))).state()).isInstanceOf(AlertState.Decided.class);
        Alert up = changed(raised().escalate(T.plusSeconds(5), 3));
        assertThat(up.level()).isEqualTo(1);
        assertThat(up.levelSince()).isEqualTo(T.plusSeconds(5));
    }

    @Test
    void anAcknowledgedAlertIsDecidedOrClimbsAndCannotBeAcknowledgedTwice() {
        Alert ack = changed(raised().acknowledge("a", T));
        assertThat(refused(ack.acknowledge("b", T))).isEqualTo("cannot acknowledge an alert that is acknowledged");
        assertThat(changed(ack.decide(decision(AlertDecision.Outcome.MONITOR))).state()).isInstanceOf(AlertState.Decided.class);
        Alert up = changed(ack.escalate(T, 3));
        assertThat(up.state()).as("the next level acknowledges afresh").isInstanceOf(AlertState.Raised.class);
    }

    @Test
    void closingTakesADecisionAndAClosedAlertOnlyAllowsAnAppealByItsOriginator() {
        Alert closed = changed(raised().decide(decision(AlertDecision.Outcome.CLOSE)));
        assertThat(closed.state()).isInstanceOf(AlertState.Closed.class);
        assertThat(refused(closed.acknowledge("a", T))).isEqualTo("cannot acknowledge an alert that is closed");
        assertThat(refused(closed.decide(decision(AlertDecision.Outcome.ACT)))).isEqualTo("cannot decide an alert that is closed");
        assertThat(refused(closed.escalate(T, 3))).isEqualTo("cannot escalate an alert that is closed");
        assertThat(refused(closed.appeal("someone", "no", T, 3))).contains("only the originator");
        Alert appealed = changed(closed.appeal("orig", "the caches are real", T, 3));
        assertThat(appealed.state()).isInstanceOf(AlertState.Appealed.class);
        assertThat(appealed.level()).isEqualTo(3);
        assertThat(appealed.appeals().getFirst().appealed().rationale()).isEqualTo("because");
    }

    @Test
    void aDecidedAlertCanBeAppealedButNotEscalatedAndAnAppealedOneIsDecidedAgain() {
        Alert decided = changed(raised().decide(decision(AlertDecision.Outcome.MONITOR)));
        assertThat(refused(decided.escalate(T, 3))).isEqualTo("cannot escalate an alert that is decided");
        assertThat(refused(decided.acknowledge("x", T))).isEqualTo("cannot acknowledge an alert that is decided");
        Alert appealed = changed(decided.appeal("orig", "act now", T, 3));
        assertThat(refused(appealed.appeal("orig", "again", T, 3))).isEqualTo("cannot appeal an alert that is appealed");
        assertThat(refused(appealed.escalate(T, 3))).contains("already at the top level");
        assertThat(changed(appealed.acknowledge("usg", T)).state()).isInstanceOf(AlertState.Acknowledged.class);
        assertThat(changed(appealed.decide(decision(AlertDecision.Outcome.ACT))).decisions()).hasSize(2);
    }

    @Test
    void anOpenAlertCannotClimbAboveTheTopAndARaisedOneCannotBeAppealed() {
        assertThat(refused(raised().escalate(T, 0))).isEqualTo("the alert is already at the top level (0)");
        assertThat(refused(raised().appeal("orig", "x", T, 3))).contains("no decision to appeal");
    }

    @Test
    void aDowngradeMustLowerTheSeverity() {
        Alert down = changed(raised().decide(decision(AlertDecision.Outcome.DOWNGRADE)));
        assertThat(down.severity()).isEqualTo(Severity.ELEVATED);
        var up = new AlertDecision("d", AlertDecision.Outcome.DOWNGRADE, "r", null, "desk", T, Severity.CRITICAL, null);
        assertThat(refused(raised().decide(up))).contains("below the current high");
    }

    @ParameterizedTest(name = "{0} → {1} by sender={2}, by decision={3}: allowed={4}")
    @CsvSource({
            "AMBER, GREEN, true, false, true",
            "AMBER, CLEAR, false, true, true",
            "AMBER, RED, true, false, false",
            "AMBER, AMBER_STRICT, false, true, false",
            "GREEN, AMBER, true, true, false",
            "RED, CLEAR, false, false, false",
            "RED, RED, false, false, true"})
    void aLabelIsWidenedBySenderOrDecisionAndNeverNarrowed(Tlp from, Tlp to, boolean bySender, boolean byDecision, boolean allowed) {
        var verdict = LabelPolicy.change(from, to, bySender, byDecision);
        assertThat(verdict instanceof LabelPolicy.Verdict.Allowed).isEqualTo(allowed);
        if (to.isNarrowerThan(from)) {
            assertThat(((LabelPolicy.Verdict.Refused) verdict).reason()).contains(to.label()).contains("never narrowed");
        }
    }
}
