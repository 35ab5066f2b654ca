package org.tocsin.audit.jdbc;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tocsin.audit.Checkpoint;
import org.tocsin.audit.JournalAudit;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalKeys;
import org.tocsin.audit.JournalReads;
import org.tocsin.audit.JournalTypes;
import org.tocsin.audit.JournalVerifier;
import org.tocsin.common.Transactions;
import org.tocsin.support.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal on the real PostgreSQL: chaining, concurrency, the database's refusals, intake's entries, the API. */
class JournalIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcJournal journal;
    @Autowired
    JournalAudit audit;
    @Autowired
    JournalReads reads;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    private static JournalEvent event(String situation, String type, String actor, String subject) {
        return new JournalEvent(type, Instant.parse("1994-01-11T09:00:00Z"), actor, situation, subject, Map.of("note", "test"));
    }

    private List<JournalEntry> entriesOf(String situation) {
        return journal.entries(situation, 0, 10_000);
    }

    private JournalVerifier.Verification verifyLive() {
        return audit.verify(List.of(), List.of());
    }

    @Test
    void appendsInsideAndOutsideTransactionsFormOneValidChain() {
        String s = uniqueSituation("chain");
        transactions.inTransaction(tx -> {
            journal.append(event(s, JournalTypes.ALERT_RAISED, "system", "alert:1"));
            journal.append(event(s, JournalTypes.ALERT_DELIVERED, "system", "alert:1"));
            return null;
        });
        journal.append(event(s, JournalTypes.ALERT_ACKNOWLEDGED, "desk", "alert:1"));
        List<JournalEntry> mine = entriesOf(s);
        assertThat(mine).extracting(JournalEntry::type).containsExactly(JournalTypes.ALERT_RAISED, JournalTypes.ALERT_DELIVERED,
                JournalTypes.ALERT_ACKNOWLEDGED);
        assertThat(mine.get(1).seq()).isEqualTo(mine.get(0).seq() + 1);
        assertThat(mine.get(1).prevHash()).isEqualTo(mine.get(0).hash());
        assertThat(mine).allMatch(JournalEntry::selfConsistent);
        assertThat(verifyLive().valid()).isTrue();
    }

    @Test
    void anEventInATransactionThatRollsBackIsNeverJournaled() {
        String s = uniqueSituation("rollback");
        transactions.inTransaction(tx -> {
            journal.append(event(s, JournalTypes.ALERT_DECIDED, "head", "alert:9"));
            tx.rollbackOnly();
            return null;
        });
        assertThat(entriesOf(s)).isEmpty();
        assertThat(verifyLive().valid()).isTrue();
    }

    @Test
    void eventsAppendedByOtherStepsWhileTheTransactionCommitsAreJournaledToo() {
        String s = uniqueSituation("late");
        // the first append comes from a before-commit step registered ahead of the journal's own
        transactions.inTransaction(tx -> {
            TransactionSynchronizationManager.registerSynchronization(appendingBeforeCommit(s, "alert:late"));
            return null;
        });
        // an ordinary append, then one from a step that runs after the journal has written
        transactions.inTransaction(tx -> {
            journal.append(event(s, JournalTypes.ALERT_RAISED, "system", "alert:ordinary"));
            TransactionSynchronizationManager.registerSynchronization(appendingBeforeCommit(s, "alert:after"));
            return null;
        });
        assertThat(entriesOf(s)).extracting(JournalEntry::subject).containsExactly("alert:late", "alert:ordinary", "alert:after");
        assertThat(verifyLive().valid()).isTrue();
    }

    private TransactionSynchronization appendingBeforeCommit(String situation, String subject) {
        return new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                journal.append(event(situation, JournalTypes.ALERT_OVERDUE, "system", subject));
            }
        };
    }

    @Test
    void eightThreadsAppendingAtOnceProduceOneGaplessUnforkedChain() throws Exception {
        String s = uniqueSituation("concurrent");
        long before = journal.head().map(JournalEntry::seq).orElse(0L);
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String actor = "thread-" + thread;
                        if (i % 4 == 0) {
                            // two in one transaction: they stay adjacent
                            String pair = "pair:" + thread + "/";
                            int n = i;
                            transactions.inTransaction(tx -> {
                                journal.append(event(s, JournalTypes.SIGNAL_VIEWED, actor, pair + "a" + n));
                                journal.append(event(s, JournalTypes.SIGNAL_VIEWED, actor, pair + "b" + n));
                                return null;
                            });
                        } else {
                            journal.append(event(s, JournalTypes.SIGNAL_VIEWED, actor, "single:" + thread + "/" + i));
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) f.get();
        } finally {
            pool.shutdown();
        }
        List<JournalEntry> all = journal.entries(null, before, 100_000);
        List<JournalEntry> mine = all.stream().filter(e -> s.equals(e.situation())).toList();
        assertThat(mine).hasSize(threads * (perThread + perThread / 4));
        // gapless and linked over everything appended meanwhile (other tests may append too)
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).seq()).isEqualTo(all.get(i - 1).seq() + 1);
            assertThat(all.get(i).prevHash()).isEqualTo(all.get(i - 1).hash());
        }
        Set<String> hashes = new HashSet<>();
        all.forEach(e -> assertThat(hashes.add(e.hash())).isTrue());
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).subject().startsWith("pair:") && mine.get(i).subject().contains("/a")) {
                assertThat(all.get((int) (mine.get(i).seq() - before)).subject())
                        .isEqualTo(mine.get(i).subject().replace("/a", "/b"));
            }
        }
        assertThat(verifyLive().valid()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncateOnTheJournalAndItsCheckpoints() {
        journal.append(event(uniqueSituation("guard"), JournalTypes.ALERT_RAISED, "system", "alert:1"));
        journal.checkpointHead();
        for (String sql : List.of("update journal set actor = 'someone-else' where seq = 1",
                "delete from journal where seq = (select max(seq) from journal)",
                "truncate journal cascade",
                "update journal_checkpoint set hash = repeat('0', 64)",
                "delete from journal_checkpoint",
                "truncate journal_checkpoint")) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(verifyLive().valid()).isTrue();
    }

    @Test
    void theDatabaseRefusesAnEntryThatDoesNotContinueTheChain() {
        JournalEntry head = journal.head().orElseGet(() -> {
            journal.append(event(uniqueSituation("link"), JournalTypes.ALERT_RAISED, "system", "alert:1"));
            return journal.head().orElseThrow();
        });
        String insert = "insert into journal (seq, type, occurred_at, recorded_at, actor, situation, subject, details, prev_hash, hash)"
                + " values (?, 'alert.raised', now(), now(), 'forger', null, 'alert:0', '{}', ?, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, head.seq() + 1, "ab".repeat(32), "cd".repeat(32)))
                .hasMessageContaining("does not link");
        assertThatThrownBy(() -> jdbc.update(insert, head.seq() + 2, head.hash(), "cd".repeat(32)))
                .hasMessageContaining("does not follow");
    }

    @Test
    void checkpointsAreSignedEveryNEntriesAndVerifyWithThePublishedKey() {
        // a second appender on the same store, checkpointing every 3 entries
        JdbcJournal every3 = new JdbcJournal(jdbc, transactionManager, clock, audit.signer(), 3);
        String s = uniqueSituation("checkpoints");
        for (int i = 0; i < 7; i++) every3.append(event(s, JournalTypes.SIGNAL_VIEWED, "reader", "signal:" + s + "/" + i));
        List<Long> signed = every3.checkpoints().stream().map(Checkpoint::seq).toList();
        List<JournalEntry> mine = entriesOf(s);
        assertThat(mine.stream().filter(e -> e.seq() % 3 == 0)).allSatisfy(e -> assertThat(signed).contains(e.seq()));
        Checkpoint c = every3.checkpoints().getLast();
        assertThat(JournalKeys.verify(c, audit.signer().publicKey())).isTrue();
        assertThat(verifyLive()).isInstanceOf(JournalVerifier.Verification.Valid.class);
    }

    @Test
    void verifyingTheStoreNamesARowEditedAfterTheGuardWasLifted() {
        String s = uniqueSituation("tamper");
        journal.append(event(s, JournalTypes.ALERT_DECIDED, "dpko-head", "alert:1"));
        journal.append(event(s, JournalTypes.ALERT_ACKNOWLEDGED, "dpko-desk", "alert:1"));
        JournalEntry target = entriesOf(s).getFirst();
        try {
            jdbc.execute("alter table journal disable trigger journal_append_only");
            jdbc.update("update journal set actor = 'nobody' where seq = ?", target.seq());
            var result = verifyLive();
            assertThat(result).isInstanceOf(JournalVerifier.Verification.Invalid.class);
            var problem = ((JournalVerifier.Verification.Invalid) result).problem();
            assertThat(problem.seq()).isEqualTo(target.seq());
            assertThat(problem.fault()).isEqualTo(JournalVerifier.Fault.HASH_MISMATCH);
        } finally {
            jdbc.update("update journal set actor = ? where seq = ?", target.actor(), target.seq());
            jdbc.execute("alter table journal enable trigger journal_append_only");
        }
        assertThat(verifyLive().valid()).isTrue();
    }

    @Test
    void aSignalAcceptedThroughTheApiIsJournaledAsReceivedWithoutItsText() {
        String s = uniqueSituation("intake");
        createSituation(s);
        var r = as("intake-reporter").post("/api/signals", """
                {"situation": "%s", "id": "rw-017", "date": "1994-01-11", "date_precision": "day", "kind": "field_report",
                 "source": "UNAMIR Force Commander", "source_id": "unamir-fc", "source_type": "un_field", "reliability": "B",
                 "credibility": "2", "summary": "An informant describes plans to exterminate Tutsi and arms caches.",
                 "indicators": ["RF07.04"], "tags": [], "recipients": ["dpko"], "location": "Kigali, Rwanda", "lat": -1.95,
                 "lon": 30.06, "fatalities": null, "ref": "test"}
                """.formatted(s));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JournalEntry e = entriesOf(s).stream().filter(x -> x.type().equals(JournalTypes.SIGNAL_RECEIVED)).findFirst().orElseThrow();
        assertThat(e.subject()).isEqualTo("signal:" + s + "/rw-017");
        assertThat(e.actor()).as("the person the API token acts for").isEqualTo("intake-reporter");
        assertThat(e.details()).containsEntry("kind", "field_report").containsEntry("source_id", "unamir-fc")
                .containsEntry("uid", r.json().path("uid").asString()).containsKey("content_hash");
        assertThat(e.details().toString()).doesNotContain("exterminate");
        String hash = jdbc.queryForObject("select content_hash from signal where situation_id = ? and id = 'rw-017'", String.class, s);
        assertThat(e.details()).containsEntry("content_hash", hash);
    }

    @Test
    void anInformantsSourceIdIsNeverJournaled() {
        String s = uniqueSituation("informant");
        createSituation(s);
        var r = api().post("/api/signals", """
                {"situation": "%s", "id": "i-1", "date": "1994-01-10", "date_precision": "day", "kind": "intelligence",
                 "source": "Jean-Pierre", "source_id": "informant-jean-pierre", "source_type": "informant", "reliability": "C",
                 "credibility": "3", "location": "Kigali, Rwanda", "lat": -1.94, "lon": 30.06, "summary": "Arms caches.",
                 "indicators": [], "tags": [], "recipients": [], "fatalities": null, "ref": "test"}
                """.formatted(s));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(entriesOf(s)).singleElement().satisfies(e -> {
            assertThat(e.details()).doesNotContainKey("source_id");
            assertThat(e.details().toString()).doesNotContain("jean-pierre").doesNotContain("Jean-Pierre");
        });
    }

    @Test
    void aBulkImportIsJournaledAsOneEntryWithItsCountAndDigest() {
        String s = uniqueSituation("import");
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            file.append("""
                    {"id": "b-%d", "date": "1994-02-%02d", "date_precision": "day", "kind": "media", "source": "RTLM", "source_type": "media", "reliability": "C", "credibility": "3", "location": "Kigali, Rwanda", "lat": -1.94, "lon": 30.06, "summary": "Broadcast %d", "indicators": [], "tags": [], "recipients": [], "fatalities": null, "ref": "test"}
                    """.formatted(i, 1 + i % 28, i));
        }
        var r = api().post("/api/imports?situation=" + s + "&format=case", file.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(entriesOf(s)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(JournalTypes.SIGNALS_IMPORTED);
            assertThat(e.details().get("count")).hasToString("50");
            assertThat((String) e.details().get("digest")).hasSize(64);
            assertThat(e.subject()).startsWith("import:" + s + "/");
        });
    }

    @Test
    void viewsQueuedForTheJournalAreWrittenInTheBackground() throws Exception {
        String s = uniqueSituation("reads");
        for (int i = 0; i < 700; i++) {
            assertThat(reads.record(event(s, JournalTypes.SIGNAL_VIEWED, "reader-" + i % 3, "signal:" + s + "/" + i))).isTrue();
        }
        reads.flush(Duration.ofSeconds(30));
        assertThat(entriesOf(s)).hasSize(700);
        assertThat(verifyLive().valid()).isTrue();
    }

    @Test
    void closingTheReadQueueWritesWhatIsStillQueued() {
        String s = uniqueSituation("reads-close");
        // an interval far longer than the test: only close() can have written these
        JournalReads slow = new JournalReads(journal, Duration.ofHours(1), 10_000, 10_000);
        for (int i = 0; i < 25; i++) slow.record(event(s, JournalTypes.BRIEFING_OPENED, "member-" + i, "briefing:1"));
        slow.close();
        assertThat(entriesOf(s)).hasSize(25);
        assertThat(slow.record(event(s, JournalTypes.BRIEFING_OPENED, "late", "briefing:1"))).isFalse();
    }

    @Test
    void theKnowledgeReportAndTheTimelineAreServedAndABadTimeIsAProblemNamingTheField() {
        String s = uniqueSituation("knowledge");
        createSituation(s);
        journal.append(new JournalEvent(JournalTypes.ALERT_DELIVERED, Instant.parse("1994-01-11T09:02:00Z"), "system", s, "alert:1",
                Map.of("recipients", List.of("dpko-desk"))));
        journal.append(new JournalEvent(JournalTypes.ALERT_DECIDED, Instant.parse("1994-01-11T18:00:00Z"), "dpko-desk", s, "alert:1",
                Map.of("outcome", "refused")));

        var report = api().get("/api/situations/" + s + "/knowledge?at=1994-01-11T12:00:00Z");
        assertThat(report.status()).isEqualTo(200);
        var desk = report.json().path("actors").get(0);
        assertThat(desk.path("actor").asString()).isEqualTo("dpko-desk");
        assertThat(desk.path("items").get(0).path("received").path("via").asString()).isEqualTo("system");
        assertThat(desk.path("items").get(0).path("acted").size()).as("decided only at 18:00").isZero();

        var bad = api().get("/api/situations/" + s + "/knowledge?at=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("at");
        assertThat(api().get("/api/situations/no-such-situation/knowledge").status()).isEqualTo(404);

        var timeline = api().get("/api/journal?situation=" + s + "&limit=1");
        assertThat(timeline.json().path("items").get(0).path("type").asString()).isEqualTo(JournalTypes.ALERT_DELIVERED);
        long next = timeline.json().path("next_after").asLong();
        var rest = api().get("/api/journal?situation=" + s + "&after=" + next);
        assertThat(rest.json().path("items").get(0).path("type").asString()).isEqualTo(JournalTypes.ALERT_DECIDED);
        assertThat(api().get("/api/journal?limit=0").errorFields()).containsExactly("limit");
        assertThat(api().get("/api/journal?after=x").errorFields()).containsExactly("after");

        var status = api().get("/api/journal/verify");
        assertThat(status.json().path("valid").asBoolean()).isTrue();
        assertThat(status.json().path("key_id").asString()).isEqualTo(audit.signer().keyId());
        assertThat(api().get("/api/journal/public-key").body()).isEqualTo(JournalKeys.pem(audit.signer().publicKey()));
    }
}
