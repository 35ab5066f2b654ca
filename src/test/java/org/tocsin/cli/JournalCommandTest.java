package org.tocsin.cli;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.audit.JournalEntry;
import org.tocsin.audit.JournalEvent;
import org.tocsin.audit.JournalKeys;
import org.tocsin.audit.JournalSigner;
import org.tocsin.audit.JournalStore;
import org.tocsin.audit.JournalTypes;
import org.tocsin.audit.Journal;
import org.tocsin.support.IntegrationTest;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tocsin journal …} as an auditor runs it: export from the store, verify offline with the
 * published key, verify the live store, ask who knew. The commands start their own Spring context,
 * pointed here at the test's database as an external one.
 */
class JournalCommandTest extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JournalSigner signer;
    @Autowired
    Journal journal;
    @Autowired
    JournalStore store;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TocsinCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Options that point a command's own Spring context at this test's store and key. */
    private String[] onTheTestStore(String... args) {
        Path privateKey = signer.publicKeyFile().resolveSibling("journal-signing-key.pem");
        return Stream.concat(Stream.of(args), Stream.of("--tocsin.db.url=" + dataSource.getJdbcUrl(), "--tocsin.db.user=postgres",
                "--tocsin.journal.signing-key-file=" + privateKey, "--tocsin.data.dir=" + dir.resolve("unused"),
                "--tocsin.journal.checkpoint-minutes=0")).toArray(String[]::new);
    }

    private void journalSomething(String situation) {
        journal.append(new JournalEvent(JournalTypes.ALERT_DELIVERED, Instant.parse("1994-01-11T09:02:00Z"), "system", situation,
                "alert:17", Map.of("recipients", List.of("dpko-desk", "dpko-head"))));
        journal.append(new JournalEvent(JournalTypes.ALERT_DECIDED, Instant.parse("1994-01-11T18:00:00Z"), "dpko-head", situation,
                "alert:17", Map.of("outcome", "refused", "ground", "outside_mandate")));
    }

    @Test
    void anExportVerifiesOfflineWithThePublishedKeyAndAnEditedCopyDoesNot() throws Exception {
        String s = uniqueSituation("export");
        journalSomething(s);
        Path file = dir.resolve("journal.jsonl");

        Run export = run(onTheTestStore("journal", "export", file.toString()));
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported").contains("--public-key");
        assertThat(Files.readString(file)).doesNotContain("PRIVATE KEY");

        Run ok = run("journal", "verify", file.toString(), "--public-key", signer.publicKeyFile().toString());
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).startsWith("OK: ").contains("entries");
        assertThat(ok.out()).doesNotContain("come after the last signed checkpoint"); // export signed its last entry

        Run selfKeyed = run("journal", "verify", file.toString());
        assertThat(selfKeyed.code()).isZero();
        assertThat(selfKeyed.out()).contains("public key in the file itself");

        // someone "corrects" who decided
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"situation\":\"" + s + "\"") && lines.get(i).contains("\"actor\":\"dpko-head\"")) at = i;
        }
        long seq = store.entries(s, 0, 10).getLast().seq();
        lines.set(at, lines.get(at).replace("\"actor\":\"dpko-head\"", "\"actor\":\"nobody\""));
        Path edited = Files.write(dir.resolve("edited.jsonl"), lines, StandardCharsets.UTF_8);
        Run bad = run("journal", "verify", edited.toString(), "--public-key", signer.publicKeyFile().toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).startsWith("FAILED").contains("First bad entry: " + seq + " (hash mismatch)");

        Path otherKey = Files.writeString(dir.resolve("other.pem"), JournalKeys.pem(JournalKeys.generate().getPublic()));
        Run wrongKey = run("journal", "verify", file.toString(), "--public-key", otherKey.toString());
        assertThat(wrongKey.code()).isEqualTo(1);
        assertThat(wrongKey.out()).contains("untrusted key");

        assertThat(run("journal", "verify", file.toString(), "--expect", "twelve").code()).isEqualTo(2);
        assertThat(run("journal", "verify").code()).isEqualTo(2);
    }

    @Test
    void verifyingTheLiveStoreNamesARowEditedInTheDatabase() {
        String s = uniqueSituation("db-tamper");
        journalSomething(s);
        JournalEntry target = store.entries(s, 0, 10).getFirst();
        try {
            jdbc.execute("alter table journal disable trigger journal_append_only");
            jdbc.update("update journal set details = '{\"recipients\": [\"dpko-desk\"]}' where seq = ?", target.seq());
            Run r = run(onTheTestStore("journal", "verify", "--db"));
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).contains("First bad entry: " + target.seq() + " (hash mismatch)");
        } finally {
            jdbc.update("update journal set details = ?::jsonb where seq = ?",
                    org.tocsin.audit.CanonicalJson.write(target.details()), target.seq());
            jdbc.execute("alter table journal enable trigger journal_append_only");
        }
        assertThat(store.entries(s, 0, 10).getFirst()).isEqualTo(target);
    }

    @Test
    void whoKnewPrintsEachActorsStepsCitingTheJournal() {
        String s = uniqueSituation("who-knew");
        createSituation(s);
        journalSomething(s);
        long decided = store.entries(s, 0, 10).getLast().seq();

        Run r = run(onTheTestStore("journal", "who-knew", "--situation", s, "--at", "1994-01-11"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dpko-desk").contains("dpko-head").contains("received  alert.delivered via system");
        assertThat(r.out().lines().filter(l -> l.contains("alert.decided"))).singleElement().satisfies(l -> assertThat(l)
                .contains("acted     alert.decided (outcome: refused, ground: outside_mandate)")
                .contains("[recorded ") // it happened in 1994 and was recorded now: both are shown
                .endsWith("#" + decided));

        assertThat(run(onTheTestStore("journal", "who-knew", "--situation", "no-such-situation")).code()).isEqualTo(1);
        assertThat(run("journal", "who-knew", "--situation", s, "--at", "soon").code()).isEqualTo(2);
    }
}
