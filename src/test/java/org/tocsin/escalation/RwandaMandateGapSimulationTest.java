package org.tocsin.escalation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay the project exists for: on 11 January 1994 the request to raid the arms caches
 * (rw-017) was refused as outside the mandate (rw-018), and the Security Council was not told.
 */
class RwandaMandateGapSimulationTest {

    private static final List<String> COUNCIL = List.of("CN", "FR", "RU", "GB", "US", "AR", "BR", "CZ", "DJ", "NZ", "NG", "OM",
            "PK", "RW", "ES").stream().map(m -> "un-security-council:" + m).toList();

    private final SituationDetails details = RwandaCase.details();
    private final EscalationSimulator simulator = EscalationSimulator.forCase(details, EscalationPolicy.Defaults.standard(),
            LocalDate.of(1994, 1, 11));

    private EscalationSimulator.Simulation replayUntil(String day) {
        return simulator.run(RwandaCase.events(), Instant.parse(day + "T00:00:00Z"));
    }

    @Test
    void theRefusalOfTheElevenJanuaryRaidIsAMandateGapAddressedToAllFifteenCouncilMembers() {
        var result = replayUntil("1994-01-20");

        var gap = result.mandateGaps().stream().filter(g -> g.request().equals("rw-017")).findFirst().orElseThrow();
        assertThat(gap.refusal()).isEqualTo("rw-018");
        assertThat(gap.at()).isEqualTo(Instant.parse("1994-01-11T00:00:00Z"));
        assertThat(gap.body()).isEqualTo("un-security-council");
        assertThat(gap.recipients()).containsExactlyInAnyOrderElementsOf(COUNCIL);
    }

    @Test
    void rwandasDeliveryIsHeldForItsDisclosureConflictAndTheOtherFourteenAreDelivered() {
        var result = replayUntil("1994-01-20");

        var gap = result.mandateGaps().stream().filter(g -> g.request().equals("rw-017")).findFirst().orElseThrow();
        assertThat(gap.held()).containsExactly("un-security-council:RW");
        assertThat(gap.delivered()).hasSize(14).doesNotContain("un-security-council:RW")
                .containsExactlyInAnyOrderElementsOf(COUNCIL.stream().filter(m -> !m.endsWith(":RW")).toList());
        var held = result.held().stream().filter(h -> h.alertId() == gap.alertId()).toList();
        assertThat(held).singleElement().satisfies(h -> {
            assertThat(h.recipient()).isEqualTo("un-security-council:RW");
            assertThat(h.actor()).isEqualTo("government-of-rwanda");
            assertThat(h.warning()).contains("government-of-rwanda").contains("implicates");
        });
    }

    @Test
    void theMandateGapAlertCarriesTheRequestItsRelayedEvidenceAndTheRefusalWithTheRefusalsMarking() {
        var result = replayUntil("1994-01-20");

        var gap = result.mandateGaps().stream().filter(g -> g.request().equals("rw-017")).findFirst().orElseThrow();
        Alert alert = result.alerts().stream().map(EscalationSimulator.SimulatedAlert::alert).filter(a -> a.id() == gap.alertId())
                .findFirst().orElseThrow();
        assertThat(alert.kind()).isEqualTo(Alert.Kind.MANDATE_GAP);
        assertThat(alert.evidence()).contains("rw-017", "rw-016", "rw-018");
        assertThat(alert.implicated()).contains("interahamwe", "mrnd", "government-of-rwanda");
        assertThat(alert.marking()).isEqualTo("NO DISTRIBUTION");
        assertThat(alert.label()).isEqualTo(org.tocsin.distribution.Tlp.RED);
        assertThat(alert.explanation()).contains("outside the mandate").contains("Chapter VI").contains("un-security-council");
    }

    @Test
    void nobodyActingTheMandateGapIsOverdueAtTheTopAndTheCouncilIsRemindedOverAndOver() {
        var result = replayUntil("1994-01-20");

        var gap = result.mandateGaps().stream().filter(g -> g.request().equals("rw-017")).findFirst().orElseThrow();
        var simulated = result.alerts().stream().filter(a -> a.alert().id() == gap.alertId()).findFirst().orElseThrow();
        assertThat(simulated.deadlines()).extracting(Deadline::kind).containsExactly(Deadline.Kind.ACKNOWLEDGE, Deadline.Kind.DECIDE);
        assertThat(simulated.overdue()).hasSize(2);
        assertThat(simulated.reminders()).isGreaterThan(100);
        assertThat(simulated.escalations()).isEmpty();
        // reminders go to the fourteen; Rwanda's delivery stays held once, not re-held each time
        assertThat(result.held().stream().filter(h -> h.alertId() == gap.alertId())).hasSize(1);
    }

    @Test
    void aLevelRiseThatNobodyAcknowledgesClimbsEveryLevelOfTheDefaultPolicyToTheCouncil() {
        var events = new java.util.ArrayList<EscalationSimulator.Event>(RwandaCase.events());
        events.add(new EscalationSimulator.Event.LevelChanged(Instant.parse("1994-01-11T12:00:00Z"), "elevated", "critical",
                List.of("rw-017"), "arms caches and extermination plan"));
        var result = simulator.run(events, Instant.parse("1994-01-13T00:00:00Z"));

        var level = result.alerts().stream().filter(a -> a.alert().kind() == Alert.Kind.LEVEL_CHANGE).findFirst().orElseThrow();
        assertThat(level.rounds().getFirst().delivered()).containsExactly("position:mission-analyst");
        assertThat(level.escalations()).extracting(EscalationSimulator.Escalation::toLevel).containsExactly(1, 2, 3, 4);
        assertThat(level.escalations()).extracting(EscalationSimulator.Escalation::at).containsExactly(
                IntStream.rangeClosed(1, 4).mapToObj(i -> Instant.parse("1994-01-11T12:00:00Z").plusSeconds(7200L * i)).toArray(Instant[]::new));
        var councilRound = level.rounds().getLast();
        assertThat(councilRound.levelName()).isEqualTo("un-security-council");
        assertThat(councilRound.delivered()).hasSize(14);
        assertThat(councilRound.heldIds()).containsExactly("un-security-council:RW");
    }
}
