package org.tocsin.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When each person or body learned of the serious risk of genocide, as the journal records it: a
 * serious-risk determination falling due reaches the desk through its alert (a prompt), the Council
 * hears of an established serious-risk determination through a briefing that names it (a finding), and
 * the people who signed it, opened it or acted on the duty to prevent it opened learned it then.
 */
class SeriousRiskKnowledgeTest {

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

    private static SeriousRisk risk(Knowledge k, String actor) {
        return k.actors().stream().filter(a -> a.actor().equals(actor)).findFirst()
                .orElseThrow(() -> new AssertionError(actor + " knew nothing")).seriousRisk();
    }

    private void scenario() {
        // an alert on a change of level is not about the serious risk
        happened("1994-01-10T08:00:00Z", JournalTypes.ALERT_RAISED, "system", "alert:3",
                Map.of("kind", "level_change", "explanation", "The level rose to High"));
        happened("1994-01-10T08:01:00Z", JournalTypes.ALERT_DELIVERED, "system", "alert:3", Map.of("recipients", List.of("dpko-desk")));
        // the serious-risk determination falls due; its alert reaches the desk, then climbs to the under-secretary
        happened("1994-01-11T09:00:00Z", "determination.due_opened", "system", "determination_due:1",
                Map.of("type", "SERIOUS_RISK_OF_GENOCIDE", "rule", "serious-risk"));
        happened("1994-01-11T09:00:00Z", JournalTypes.ALERT_RAISED, "system:determinations", "alert:4",
                Map.of("kind", "determination_due", "explanation",
                        "A determination is due [determination_due:1]: SERIOUS_RISK_OF_GENOCIDE, to be recorded by 1994-01-14T09:00:00Z."));
        happened("1994-01-11T09:01:00Z", JournalTypes.ALERT_DELIVERED, "system", "alert:4",
                Map.of("recipients", List.of("dpko-desk", "dpko-head")));
        happened("1994-01-11T10:00:00Z", JournalTypes.ALERT_ACKNOWLEDGED, "dpko-desk", "alert:4", Map.of());
        happened("1994-01-11T12:00:00Z", JournalTypes.ALERT_ESCALATED, "system", "alert:4", Map.of("recipients", List.of("usg-pk")));
        // the genocide determination due is not the serious risk's
        happened("1994-01-11T13:00:00Z", "determination.due_opened", "system", "determination_due:2", Map.of("type", "GENOCIDE"));
        // an established serious-risk determination, with a co-signer and a dissent
        happened("1994-01-12T09:00:00Z", "determination.recorded", "jmac-analyst", "determination:30",
                Map.of("type", "SERIOUS_RISK_OF_GENOCIDE", "conclusion", "established", "co_signers", List.of("force-commander"),
                        "dissents", List.of("political-adviser")));
        // the duty to prevent it opened, read back from the store with its number as a decimal
        happened("1994-01-12T09:00:00Z", "obligation.opened", "jmac-analyst", "obligation:9",
                Map.of("obligation", "OBL-GC-PREVENT", "determination", new BigDecimal("3E+1"), "owner", "headquarters-desk"));
        happened("1994-01-13T15:00:00Z", "obligation.updated", "headquarters-desk", "obligation:9",
                Map.of("from", "open", "to", "in_progress"));
        happened("1994-01-14T10:00:00Z", "determination.viewed", "council-nz", "determination:30", Map.of("via", "console"));
        // a serious-risk determination that is not established carries no finding
        happened("1994-01-15T09:00:00Z", "determination.recorded", "other-analyst", "determination:31",
                Map.of("type", "SERIOUS_RISK_OF_GENOCIDE", "conclusion", "indeterminate", "co_signers", List.of("council-fr")));
        // the Council hears of it in a briefing that names it; another names only a lookalike number
        happened("1994-04-28T15:00:00Z", JournalTypes.BRIEFING_DELIVERED, "system", "briefing:7",
                Map.of("recipients", List.of("council-cz"), "title", "Serious risk of genocide in Rwanda (determination:30)"));
        happened("1994-04-28T15:00:00Z", JournalTypes.BRIEFING_DELIVERED, "system", "briefing:8",
                Map.of("recipients", List.of("council-ar"), "title", "Budget (determination:300)"));
    }

    @Test
    void theDeskLearnedOfTheSeriousRiskWhenTheAlertOfItsDueDeterminationReachedIt() {
        scenario();
        Knowledge k = asOf("1994-12-31");

        SeriousRisk desk = risk(k, "dpko-desk");
        assertThat(desk.learnedAt()).isEqualTo(Instant.parse("1994-01-11T09:01:00Z"));
        assertThat(desk.first().basis()).isEqualTo(SeriousRisk.Basis.PROMPT);
        assertThat(desk.first().subject()).isEqualTo("alert:4");
        assertThat(desk.first().step().type()).isEqualTo(JournalTypes.ALERT_DELIVERED);
        assertThat(desk.first().step().via()).isEqualTo("system");
        assertThat(desk.finding()).as("nobody showed the desk the determination").isNull();

        SeriousRisk usg = risk(k, "usg-pk");
        assertThat(usg.learnedAt()).isEqualTo(Instant.parse("1994-01-11T12:00:00Z"));
        assertThat(usg.first().step().type()).isEqualTo(JournalTypes.ALERT_ESCALATED);
    }

    @Test
    void theAuthorCoSignerAndDissenterLearnedTheFindingWhenTheDeterminationWasMade() {
        scenario();
        Knowledge k = asOf("1994-12-31");

        for (String signatory : List.of("jmac-analyst", "force-commander", "political-adviser")) {
            SeriousRisk r = risk(k, signatory);
            assertThat(r.first().basis()).as(signatory).isEqualTo(SeriousRisk.Basis.FINDING);
            assertThat(r.first().subject()).as(signatory).isEqualTo("determination:30");
            assertThat(r.learnedAt()).as(signatory).isEqualTo(Instant.parse("1994-01-12T09:00:00Z"));
        }
        // the co-signer appears in the report with the determination itself, as an act
        Knowledge.Item signed = k.actors().stream().filter(a -> a.actor().equals("force-commander")).findFirst().orElseThrow()
                .items().getFirst();
        assertThat(signed.subject()).isEqualTo("determination:30");
        assertThat(signed.acted()).extracting(Knowledge.Step::type).containsExactly("determination.recorded");
    }

    @Test
    void whoeverOpenedTheFindingActedOnItsDutyToPreventOrWasBriefedOnItLearnedItThen() {
        scenario();
        Knowledge k = asOf("1994-12-31");

        assertThat(risk(k, "headquarters-desk").first().subject()).isEqualTo("obligation:9");
        assertThat(risk(k, "headquarters-desk").first().basis()).isEqualTo(SeriousRisk.Basis.FINDING);
        assertThat(risk(k, "council-nz").first().step().stage()).isEqualTo(JournalTypes.Stage.OPENED);
        SeriousRisk cz = risk(k, "council-cz");
        assertThat(cz.first().subject()).isEqualTo("determination:30");
        assertThat(cz.first().step().type()).isEqualTo(JournalTypes.BRIEFING_DELIVERED);
        assertThat(cz.learnedAt()).isEqualTo(Instant.parse("1994-04-28T15:00:00Z"));
        assertThat(risk(k, "council-ar")).as("a briefing on determination:300 is not about determination:30").isNull();
        assertThat(risk(k, "council-fr")).as("co-signed a serious-risk determination that did not conclude it").isNull();
    }

    @Test
    void onlyWhatHadHappenedByThenCountsAndTheEarliestComeFirst() {
        scenario();
        Knowledge january = asOf("1994-01-11");
        assertThat(january.learnedOfSeriousRisk()).extracting(Knowledge.ActorKnowledge::actor)
                .containsExactly("dpko-desk", "dpko-head", "usg-pk");
        assertThat(january.learnedOfSeriousRisk()).allSatisfy(a -> assertThat(a.seriousRisk().finding()).isNull());

        Knowledge later = asOf("1994-12-31");
        assertThat(later.learnedOfSeriousRisk()).extracting(Knowledge.ActorKnowledge::actor)
                .startsWith("dpko-desk", "dpko-head", "usg-pk", "force-commander", "jmac-analyst", "political-adviser")
                .endsWith("council-cz")
                .doesNotContain("system", "system:determinations");
        assertThat(later.learnedOfSeriousRisk()).extracting(a -> a.seriousRisk().learnedAt()).isSorted();
    }

    @Test
    void aSubjectIsNamedInATitleOnlyAsItself() {
        assertThat(SeriousRisk.Tracker.names("see determination:12.", "determination:12")).isTrue();
        assertThat(SeriousRisk.Tracker.names("see determination:120", "determination:12")).isFalse();
        assertThat(SeriousRisk.Tracker.names("xdetermination:12", "determination:12")).isFalse();
        assertThat(SeriousRisk.Tracker.plainId(new BigDecimal("1.2E+1"))).isEqualTo("12");
        assertThat(SeriousRisk.Tracker.plainId(12L)).isEqualTo("12");
    }
}
