package org.tocsin.cli;

import org.springframework.context.ConfigurableApplicationContext;
import org.tocsin.audit.Checkpoint;
import org.tocsin.audit.JournalAudit;
import org.tocsin.audit.JournalFile;
import org.tocsin.audit.JournalJson;
import org.tocsin.audit.JournalKeys;
import org.tocsin.audit.JournalVerifier;
import org.tocsin.audit.JournalVerifier.Anchor;
import org.tocsin.audit.JournalVerifier.Verification;
import org.tocsin.audit.Knowledge;
import org.tocsin.audit.SeriousRisk;
import org.tocsin.situation.SituationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"The tamper-evident journal: export it, verify it, ask who knew what, when.",
                "export, verify --db and who-knew work on the same store as serve (one after the other on the "
                        + "embedded store); verify FILE needs no store, only the file and the published public key."},
        subcommands = {JournalCommand.Export.class, JournalCommand.Verify.class, JournalCommand.WhoKnew.class})
class JournalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: export, verify or who-knew");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static final Map<String, Object> QUIET = Map.of("tocsin.demo", "off", "logging.level.root", "WARN");

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the journal to FILE as JSON Lines: a header with the public key, every entry, every "
                    + "checkpoint. Signs the last entry first, so the whole file is covered by a checkpoint. Never writes the "
                    + "private key."})
    static class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Where to write (replaced if it exists).")
        Path file;

        /** Spring properties such as --tocsin.db.url=… pass through. */
        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path target = file.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".journal-export", ".tmp");
            try (ConfigurableApplicationContext ctx = SpringContexts.start(false, QUIET, springArgs.toArray(String[]::new));
                 Writer w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
                JournalAudit audit = ctx.getBean(JournalAudit.class);
                JournalAudit.Exported done = audit.export(new JournalFile.Out(w));
                w.flush();
                // only a complete export takes the file's name
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                out.printf("Exported %s and %s to %s%n", count(done.entries(), "entry", "entries"),
                        count(done.checkpoints(), "checkpoint", "checkpoints"), file);
                done.checkpoint().ifPresent(c -> out.printf("The last checkpoint signs entry %d (hash %s) with key %s.%n",
                        c.seq(), c.hash(), c.keyId()));
                Path pub = audit.signer().publicKeyFile();
                out.printf("Verify it anywhere with: tocsin journal verify %s --public-key %s%n", file,
                        pub != null ? pub : "<the published public key; GET /api/journal/public-key>");
                out.flush();
                return 0;
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Verifies an exported FILE offline, or the live store with --db, and names the first bad entry.",
                    "Exit code 0 when the journal is intact, 1 when it is not."})
    static class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "An export written by 'tocsin journal export'.")
        Path file;

        @Option(names = "--db", description = "Verify the live store instead of a file.")
        boolean db;

        @Option(names = "--public-key", paramLabel = "KEY.pem",
                description = "A public key (PEM) whose checkpoints count; repeat for earlier keys. Without it, a FILE is"
                        + " checked against the key in its own header, which proves consistency but not authorship.")
        List<Path> publicKeys = new ArrayList<>();

        @Option(names = "--expect", paramLabel = "SEQ:HASH",
                description = "A checkpoint known from elsewhere (published, printed): entry SEQ must have HASH. Catches a"
                        + " rewrite signed again with the key, or a removed tail. Repeatable.")
        List<String> expected = new ArrayList<>();

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            if (db == (file != null)) throw new ParameterException(spec.commandLine(), "give either FILE or --db");
            List<PublicKey> keys = new ArrayList<>();
            for (Path p : publicKeys) {
                try {
                    keys.add(JournalKeys.readPublicKey(p));
                } catch (IOException | IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--public-key " + p + ": not a readable Ed25519 public key in PEM");
                }
            }
            List<Anchor> anchors = new ArrayList<>();
            for (String e : expected) {
                anchors.add(Anchor.parse(e).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--expect must be SEQ:HASH, e.g. 1000:3f5a… (64 hex digits)")));
            }
            Verification result;
            String what;
            if (db) {
                try (ConfigurableApplicationContext ctx = SpringContexts.start(false, QUIET, springArgs.toArray(String[]::new))) {
                    result = ctx.getBean(JournalAudit.class).verify(keys, anchors);
                }
                what = "the live journal";
            } else {
                if (!Files.isReadable(file)) throw new ParameterException(spec.commandLine(), "cannot read " + file);
                result = JournalFile.verify(file, keys, anchors);
                what = file.toString();
            }
            print(spec.commandLine().getOut(), what, result, json);
            return result.valid() ? 0 : 1;
        }

        static void print(PrintWriter out, String what, Verification result, boolean json) {
            if (json) {
                out.println(JsonMapper.builder().build().writeValueAsString(JournalJson.verification(result)));
            } else {
                switch (result) {
                    case Verification.Valid ok -> {
                        out.printf("OK: %s is intact: %s, %s; head hash %s%n", what, count(ok.entries(), "entry", "entries"),
                                count(ok.checkpoints(), "checkpoint", "checkpoints"), ok.headHash());
                        Checkpoint c = ok.lastCheckpoint();
                        if (c != null) {
                            out.printf("Last signed checkpoint: entry %d, signed %s by %s (publish %d:%s to anchor later checks)%n",
                                    c.seq(), c.signedAt(), c.keyId(), c.seq(), c.hash());
                        }
                        ok.notes().forEach(n -> out.println("Note: " + n));
                    }
                    case Verification.Invalid bad -> {
                        JournalVerifier.Problem p = bad.problem();
                        out.printf("FAILED: %s is not intact. First bad entry: %d (%s): %s%n", what, p.seq(),
                                p.fault().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), p.message());
                        out.printf("%s before it verified.%n", count(bad.entriesChecked(), "entry", "entries"));
                    }
                }
            }
            out.flush();
        }
    }

    @Command(name = "who-knew", mixinStandardHelpOptions = true,
            description = {"Who knew what about a situation, when: for each person or body, what they had received, "
                    + "opened and acted on by TIME, each citing the journal entry that records it."})
    static class WhoKnew implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--situation", required = true, description = "Situation id.")
        String situation;

        @Option(names = "--at", paramLabel = "TIME",
                description = "An instant (1994-04-07T12:00:00Z) or a date (1994-04-07: the end of that day, UTC). Default: now.")
        String at;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() {
            Instant given = at == null ? null : Knowledge.parseAt(at).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--at must be an instant such as 1994-04-07T12:00:00Z or a date such as 1994-04-07"));
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = SpringContexts.start(false, QUIET, springArgs.toArray(String[]::new))) {
                Instant when = given != null ? given : ctx.getBean(java.time.Clock.class).instant();
                if (!ctx.getBean(SituationStore.class).exists(situation)) {
                    spec.commandLine().getErr().println("No situation " + situation + " in this store.");
                    return 1;
                }
                Knowledge k = ctx.getBean(JournalAudit.class).knowledge(situation, when);
                if (json) out.println(JsonMapper.builder().build().writeValueAsString(JournalJson.knowledge(k)));
                else render(out, k);
            }
            out.flush();
            return 0;
        }

        static void render(PrintWriter out, Knowledge k) {
            out.printf("Who knew what about %s, as of %s (from %s).%n", k.situation(), k.at(),
                    count(k.entries(), "journal entry", "journal entries"));
            out.println("Each line cites the journal entry (#seq) that records it; verify the journal to rely on it.");
            if (k.actors().isEmpty()) out.println("Nobody: the journal records nothing about this situation by then.");
            renderSeriousRisk(out, k);
            for (Knowledge.ActorKnowledge a : k.actors()) {
                out.println();
                out.println(a.actor());
                if (a.seriousRisk() != null) out.println("  learned of the serious risk of genocide: " + learned(a.seriousRisk().first()));
                for (Knowledge.Item i : a.items()) {
                    out.println("  " + i.subject());
                    for (Knowledge.Step s : i.steps()) {
                        StringBuilder line = new StringBuilder("    ").append(s.occurredAt()).append("  ")
                                .append(String.format("%-9s", s.stage().name().toLowerCase(java.util.Locale.ROOT)))
                                .append(' ').append(s.type());
                        if (s.via() != null) line.append(" via ").append(s.via());
                        String facts = facts(s.details());
                        if (!facts.isEmpty()) line.append(" (").append(facts).append(')');
                        if (Duration.between(s.occurredAt(), s.recordedAt()).abs().toMinutes() >= 1) {
                            line.append(" [recorded ").append(s.recordedAt()).append(']');
                        }
                        out.println(line.append("  #").append(s.seq()));
                    }
                }
            }
        }

        /**
         * When each actor learned of the serious risk of genocide (the duty to prevent starts there): the
         * first established serious-risk determination they met or the first serious-risk determination
         * falling due that reached them, whichever came first.
         */
        static void renderSeriousRisk(PrintWriter out, Knowledge k) {
            if (k.actors().isEmpty()) return;
            out.println();
            out.println("When each learned of the serious risk of genocide (a finding: an established serious-risk determination;"
                    + " a prompt: one falling due):");
            List<Knowledge.ActorKnowledge> learned = k.learnedOfSeriousRisk();
            if (learned.isEmpty()) out.println("  nobody by then");
            int width = learned.stream().mapToInt(a -> a.actor().length()).max().orElse(0);
            for (Knowledge.ActorKnowledge a : learned) {
                SeriousRisk r = a.seriousRisk();
                StringBuilder line = new StringBuilder("  ").append(String.format("%-" + width + "s", a.actor())).append("  ")
                        .append(learned(r.first()));
                SeriousRisk.Learned other = r.first() == r.finding() ? r.prompt() : r.finding();
                if (other != null) {
                    line.append("; ").append(other.basis() == SeriousRisk.Basis.FINDING ? "finding" : "prompt").append(" from ")
                            .append(other.step().occurredAt()).append(" #").append(other.step().seq());
                }
                out.println(line);
            }
        }

        /** "1994-01-12T09:00:00Z  prompt   received alert.delivered alert:4 via system  #12". */
        static String learned(SeriousRisk.Learned l) {
            Knowledge.Step s = l.step();
            return s.occurredAt() + "  " + String.format("%-7s", l.basis() == SeriousRisk.Basis.FINDING ? "finding" : "prompt")
                    + "  " + s.stage().name().toLowerCase(java.util.Locale.ROOT) + " " + s.type() + " " + l.subject()
                    + (s.via() == null ? "" : " via " + s.via()) + "  #" + s.seq();
        }

        /** The few details a reader needs on one line. */
        private static String facts(Map<String, Object> details) {
            List<String> parts = new ArrayList<>();
            for (String key : List.of("outcome", "decision", "ground", "from", "to", "level", "count", "kind", "label")) {
                Object v = details.get(key);
                if (v != null) parts.add(key + ": " + (v instanceof java.math.BigDecimal d ? d.toPlainString() : v));
            }
            return String.join(", ", parts);
        }
    }
}
