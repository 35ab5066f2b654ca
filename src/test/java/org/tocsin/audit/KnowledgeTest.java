package org.tocsin.audit;

import org.junit.jupiter.api.Test;
import org.tocsin.audit.JournalTypes.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * January–April 1994, as the journal would have recorded it: the 11 January cable, an alert
 * delivered to the desk and its head, a refusal, and a briefing that reached the Council members
 * only in late April.
 */
class KnowledgeTest {

    private static final String RW = "rwanda-1993-1994";
    private final List<JournalEntry> journal = new ArrayList<>();
    private JournalEntry.Head head = JournalEntry.Head.EMPTY;

    private void happened(String at, String type, String actor, String subject, Map<String, Object> details) {
        Instant t = Instant.parse(at);
        JournalEntry e = head.next(new JournalEvent(type, t, actor, RW, subject, details), t.plusSeconds(5));
        journal.add(e);
        head = e.head();
    }

    private Knowledge asOf(String at) {
        Knowledge.Builder b = new Knowledge.Builder(RW, Knowledge.parseAt(at).orElseThrow());
        journal.forEach(b::add);
        return b.build();
    }

    private static Knowledge.Item item(Knowledge k, String actor, String subject) {
        return k.actors().stream().filter(a -> a.actor().equals(actor)).findFirst().orElseThrow(
                        () -> new AssertionError(actor + " knew nothing")).items().stream()
                .filter(i -> i.subject().equals(subject)).findFirst().orElseThrow(() -> new AssertionError(actor + " did not know " + subject));
    }

    private static List<String> actors(Knowledge k) {
        return k.actors().stream().map(Knowledge.ActorKnowledge::actor).toList();
    }

    private void scenario() {
        happened("1994-01-11T09:00:00Z", JournalTypes.SIGNAL_RECEIVED, "unamir-fc", "signal:rwanda-1993-1994/rw-017",
                Map.of("kind", "field_report", "indicators", List.of("RF07.04")));
        happened("1994-01-11T09:01:00Z", JournalTypes.ALERT_RAISED, "system", "alert:1", Map.of("level", "high"));
        happened("1994-01-11T09:02:00Z", JournalTypes.ALERT_DELIVERED, "system", "alert:1",
                Map.of("recipients", List.of("dpko-desk", "dpko-head"), "channel", "email"));
        happened("1994-01-11T10:30:00Z", JournalTypes.SIGNAL_VIEWED, "dpko-desk", "signal:rwanda-1993-1994/rw-017", Map.of());
        happened("1994-01-11T11:00:00Z", JournalTypes.ALERT_ACKNOWLEDGED, "dpko-desk", "alert:1", Map.of());
        happened("1994-01-11T18:00:00Z", JournalTypes.ALERT_DECIDED, "dpko-head", "alert:1",
                Map.of("outcome", "refused", "ground", "outside_mandate"));
        happened("1994-01-11T18:05:00Z", JournalTypes.MANDATE_GAP_OPENED, "system", "request:rwanda-1993-1994/rw-017",
                Map.of("recipients", List.of("security-council")));
        happened("1994-04-28T15:00:00Z", JournalTypes.BRIEFING_DELIVERED, "system", "briefing:7",
                Map.of("recipients", List.of("council-cz", "council-nz")));
        happened("1994-04-28T16:00:00Z", JournalTypes.BRIEFING_OPENED, "council-nz", "briefing:7", Map.of());
    }

    @Test
    void showsWhoHadReceivedOpenedAndActedOnWhatByTheDayAfterTheCable() {
        scenario();
        Knowledge k = asOf("1994-01-12");

        Knowledge.Item desk = item(k, "dpko-desk", "alert:1");
        assertThat(desk.received().occurredAt()).isEqualTo(Instant.parse("1994-01-11T09:02:00Z"));
        assertThat(desk.received().via()).isEqualTo("system");
        assertThat(desk.acted()).extracting(Knowledge.Step::type).containsExactly(JournalTypes.ALERT_ACKNOWLEDGED);
        assertThat(item(k, "dpko-desk", "signal:rwanda-1993-1994/rw-017").opened().type()).isEqualTo(JournalTypes.SIGNAL_VIEWED);

        Knowledge.Item head = item(k, "dpko-head", "alert:1");
        assertThat(head.received()).isNotNull();
        assertThat(head.opened()).isNull();
        assertThat(head.acted()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(JournalTypes.ALERT_DECIDED);
            assertThat(s.details()).containsEntry("outcome", "refused");
        });

        assertThat(item(k, "unamir-fc", "signal:rwanda-1993-1994/rw-017").received().seq()).isEqualTo(1);
        // the mandate gap went to the Council as a body
        assertThat(item(k, "security-council", "request:rwanda-1993-1994/rw-017").received()).isNotNull();
        assertThat(actors(k)).doesNotContain("council-cz", "council-nz");
    }

    @Test
    void councilMembersAppearOnlyOnceTheBriefingReachedThem() {
        scenario();
        Knowledge april = asOf("1994-04-28T15:30:00Z");
        assertThat(item(april, "council-cz", "briefing:7").received().occurredAt()).isEqualTo(Instant.parse("1994-04-28T15:00:00Z"));
        assertThat(item(april, "council-nz", "briefing:7").opened()).as("not yet opened at 15:30").isNull();
        assertThat(item(asOf("1994-04-30"), "council-nz", "briefing:7").opened().seq()).isEqualTo(9);
        // the sender of a delivery does not "know" it as a recipient does
        assertThat(april.actors()).filteredOn(a -> a.actor().equals("system"))
                .flatExtracting(Knowledge.ActorKnowledge::items).extracting(Knowledge.Item::subject)
                .doesNotContain("briefing:7");
    }

    @Test
    void everyStepCitesTheJournalEntryThatRecordsIt() {
        scenario();
        Knowledge k = asOf("1994-12-31");
        assertThat(k.entries()).isEqualTo(journal.size());
        k.actors().forEach(a -> a.items().forEach(i -> i.steps().forEach(s -> {
            JournalEntry cited = journal.get((int) s.seq() - 1);
            assertThat(cited.type()).isEqualTo(s.type());
            assertThat(cited.occurredAt()).isEqualTo(s.occurredAt());
        })));
    }

    @Test
    void classifiesTheVocabularyIncludingTypesItDoesNotList() {
        assertThat(JournalTypes.stage(JournalTypes.BRIEFING_OPENED)).isEqualTo(Stage.OPENED);
        assertThat(JournalTypes.stage(JournalTypes.MANDATE_GAP_OPENED)).as("a gap is opened as an act").isEqualTo(Stage.ACTED);
        assertThat(JournalTypes.stage("determination.delivered")).isEqualTo(Stage.RECEIVED);
        assertThat(JournalTypes.stage("determination.viewed")).isEqualTo(Stage.OPENED);
        assertThat(JournalTypes.stage("determination.recorded")).isEqualTo(Stage.ACTED);
        assertThat(JournalTypes.all()).allMatch(t -> JournalEntry.TYPE.matcher(t).matches());
    }

    @Test
    void readsTheReportTimeAsAnInstantOrTheEndOfADay() {
        assertThat(Knowledge.parseAt("1994-04-07T12:00:00Z")).contains(Instant.parse("1994-04-07T12:00:00Z"));
        assertThat(Knowledge.parseAt("1994-04-07T14:00:00+02:00")).contains(Instant.parse("1994-04-07T12:00:00Z"));
        assertThat(Knowledge.parseAt("1994-04-07")).contains(Instant.parse("1994-04-07T23:59:59.999999Z"));
        assertThat(Knowledge.parseAt("April 1994")).isEmpty();
        assertThat(Knowledge.parseAt("")).isEmpty();
    }
}
