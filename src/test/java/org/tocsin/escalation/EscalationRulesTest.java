package org.tocsin.escalation;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Person;
import org.tocsin.distribution.Tlp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The named rules, on the Rwanda situation file: implication, disclosure, mandate over time, deadlines. */
class EscalationRulesTest {

    private final SituationDetails rwanda = RwandaCase.details();

    @Test
    void whatImplicatesTheInterahamweImplicatesTheMrndAndTheGovernmentButNotTheLinkedRadio() {
        assertThat(rwanda.actors().implicated(List.of("interahamwe"))).containsExactly("interahamwe", "mrnd", "government-of-rwanda");
        assertThat(rwanda.actors().implicated(List.of("rtlm"))).containsExactly("rtlm");
    }

    @Test
    void aRecipientRepresentingAnImplicatedActorIsInConflictAndOthersAreClear() {
        Set<String> implicated = rwanda.actors().implicated(List.of("interahamwe"));
        var rwandaSeat = new Person("un-security-council:RW", "Rwanda", null, null, "government-of-rwanda");
        var nz = new Person("un-security-council:NZ", "New Zealand", null, null, null);
        assertThat(DisclosurePolicy.check(rwandaSeat, implicated, rwanda.actors())).isInstanceOfSatisfying(
                DisclosurePolicy.Verdict.Conflict.class, c -> assertThat(c.actor()).isEqualTo("government-of-rwanda"));
        assertThat(DisclosurePolicy.check(nz, implicated, rwanda.actors())).isInstanceOf(DisclosurePolicy.Verdict.Clear.class);
        // informing the army of information implicating the government: the army is part of it
        var army = new Person("far", "FAR liaison", null, null, "rwandan-armed-forces");
        assertThat(DisclosurePolicy.check(army, rwanda.actors().implicated(List.of("government-of-rwanda")), rwanda.actors()))
                .isInstanceOf(DisclosurePolicy.Verdict.Conflict.class);
    }

    @Test
    void theMandateInForceChangesWithTheResolutionsOf1994() {
        var mandates = rwanda.mandates();
        assertThat(mandates.inForceOn(LocalDate.of(1994, 1, 11)).orElseThrow().chapter()).isEqualTo("VI");
        assertThat(mandates.inForceOn(LocalDate.of(1994, 1, 11)).orElseThrow().useOfForce()).isEqualTo("self-defence only");
        assertThat(mandates.inForceOn(LocalDate.of(1994, 4, 22)).orElseThrow().by()).isEqualTo("S/RES/912 (1994)");
        assertThat(mandates.inForceOn(LocalDate.of(1994, 6, 22)).orElseThrow().chapter()).isEqualTo("VII");
        assertThat(mandates.inForceOn(LocalDate.of(1994, 6, 22)).orElseThrow().mandatingBody()).isEqualTo("un-security-council");
        assertThat(mandates.inForceOn(LocalDate.of(1993, 1, 1))).isEmpty();
    }

    @Test
    void onlyARefusalOutsideTheMandateIsAMandateGap() {
        var request = new ActionRequest(1, "s", "rw-017", "raid", "FC", Instant.parse("1994-01-11T00:00:00Z"), null, List.of(), List.of(),
                List.of(), Instant.now());
        var refusal = new RequestDecision("d", RequestDecision.Outcome.REFUSED, "outside_mandate", "beyond the mandate", "DPKO",
                Instant.parse("1994-01-11T00:00:00Z"), null, "rw-018", null, Tlp.RED);
        var other = new RequestDecision("d", RequestDecision.Outcome.REFUSED, "resources", "no troops", "DPKO",
                Instant.parse("1994-01-11T00:00:00Z"), null, null, null, Tlp.AMBER);
        assertThat(MandateGapPolicy.check(request, refusal, rwanda.mandates())).isInstanceOfSatisfying(MandateGapPolicy.Verdict.Gap.class,
                g -> assertThat(g.body()).isEqualTo("un-security-council"));
        assertThat(MandateGapPolicy.check(request, other, rwanda.mandates())).isInstanceOf(MandateGapPolicy.Verdict.NoGap.class);
    }

    @Test
    void aDeadlineForALevelTheAlertHasLeftIsStale() {
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        var level = new PolicyLevel("l", List.of(), Duration.ofHours(2), Duration.ofHours(24), Duration.ofHours(1));
        Alert a = Alert.raise("s", Alert.Kind.MANUAL, Severity.HIGH, List.of(), "x", List.of(), "o", 0, Tlp.AMBER, null, List.of(), null, t).withId(1);
        var deadlines = Deadline.forLevel(1, 0, level, t, false);
        assertThat(deadlines).extracting(Deadline::dueAt).containsExactly(t.plusSeconds(7200), t.plusSeconds(86400), t.plusSeconds(3600));
        assertThat(DeadlineRule.whenDue(a, deadlines.get(0), 2)).isInstanceOf(DeadlineRule.Due.Climb.class);
        assertThat(DeadlineRule.whenDue(a, deadlines.get(0), 0)).isInstanceOf(DeadlineRule.Due.Overdue.class);
        Alert up = ((Alert.Change.Changed) a.escalate(t.plusSeconds(7200), 2)).alert();
        assertThat(DeadlineRule.whenDue(up, deadlines.get(1), 2)).isInstanceOf(DeadlineRule.Due.Stale.class);
        assertThat(Deadline.forLevel(1, 0, level, t, true)).singleElement().satisfies(d -> assertThat(d.dueAt()).isEqualTo(t));
    }
}
