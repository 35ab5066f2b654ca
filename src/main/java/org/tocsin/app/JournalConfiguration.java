package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.tocsin.audit.IntakeJournaling;
import org.tocsin.audit.JournalAudit;
import org.tocsin.audit.JournalKeys;
import org.tocsin.audit.JournalReads;
import org.tocsin.audit.JournalSigner;
import org.tocsin.audit.jdbc.JdbcJournal;
import org.tocsin.common.TocsinException;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.IntakeService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The journal (M6): the PostgreSQL chain, its signing key, the read queue, periodic checkpoints,
 * and the intake listeners that journal every receipt.
 *
 * <p>Properties: {@code tocsin.journal.signing-key-file} (env {@code TOCSIN_JOURNAL_SIGNING_KEY_FILE}):
 * an Ed25519 private key in PKCS#8 PEM; without it a key is generated once in the data directory
 * ({@code journal-signing-key.pem}, mode 600, public key beside it in {@code journal-public-key.pem}).
 * {@code tocsin.journal.checkpoint-every} (default 1000 entries) and
 * {@code tocsin.journal.checkpoint-minutes} (default 10; 0 turns the timer off).
 */
@Configuration(proxyBeanMethods = false)
public class JournalConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JournalConfiguration.class);
    static final String PRIVATE_KEY_FILE = "journal-signing-key.pem";
    static final String PUBLIC_KEY_FILE = "journal-public-key.pem";

    @Bean
    JournalSigner journalSigner(@Value("${tocsin.journal.signing-key-file:}") String keyFile,
                                @Value("${tocsin.data.dir:./tocsin-data}") String dataDir,
                                StoreConfiguration.StoreMode store) {
        try {
            if (!keyFile.isBlank()) {
                Path file = Path.of(keyFile);
                warnIfReadableByOthers(file);
                JournalSigner signer = new JournalSigner(JournalKeys.load(file), null);
                log.info("Journal checkpoints are signed with key {} from {}; publish its public key ({} prints it)",
                        signer.keyId(), file.toAbsolutePath(), "GET /api/journal/public-key");
                return signer;
            }
            Path dir = Path.of(dataDir);
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
            JournalKeys.Stored stored = JournalKeys.loadOrCreate(privateFile, publicFile);
            warnIfReadableByOthers(privateFile);
            JournalSigner signer = new JournalSigner(stored.pair(), publicFile.toAbsolutePath());
            if (!store.embedded()) {
                log.warn("No TOCSIN_JOURNAL_SIGNING_KEY_FILE: journal checkpoints are signed with a key kept in {}."
                        + " For production give every Tocsin that shares this database the same key file.", dir.toAbsolutePath());
            }
            log.info("Journal checkpoints are signed with key {} ({}); its public key is {}: publish it where auditors can find it",
                    signer.keyId(), stored.created() ? "generated now" : "from " + privateFile.toAbsolutePath(),
                    publicFile.toAbsolutePath());
            return signer;
        } catch (IOException | IllegalArgumentException e) {
            throw new TocsinException("Could not read or create the journal signing key: " + e.getMessage()
                    + ". Set TOCSIN_JOURNAL_SIGNING_KEY_FILE to an Ed25519 private key in PKCS#8 PEM"
                    + " (openssl genpkey -algorithm ed25519 -out key.pem).", e);
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            var perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The journal signing key {} is readable by other users; chmod 600 it", file.toAbsolutePath());
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not readable: loading reports the latter
        }
    }

    @Bean
    JdbcJournal journal(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, JournalSigner signer,
                        @Value("${tocsin.journal.checkpoint-every:1000}") long checkpointEvery) {
        return new JdbcJournal(jdbc, transactions, clock, signer, checkpointEvery);
    }

    @Bean
    JournalAudit journalAudit(JdbcJournal journal, JournalSigner signer, Clock clock) {
        return new JournalAudit(journal, signer, clock);
    }

    @Bean(destroyMethod = "close")
    JournalReads journalReads(JdbcJournal journal) {
        return new JournalReads(journal);
    }

    /** Journals every signal accepted and every import committed, inside their transactions. */
    @Bean
    IntakeJournaling intakeJournaling(JdbcJournal journal, Clock clock, IntakeService intake, ImportService imports) {
        IntakeJournaling journaling = new IntakeJournaling(journal, clock);
        intake.addListener(journaling);
        imports.addListener(journaling);
        return journaling;
    }

    /** Signs the head every few minutes, so a quiet journal is covered without waiting for the next thousand entries. */
    @Bean(destroyMethod = "close")
    CheckpointTimer journalCheckpointTimer(JdbcJournal journal,
                                           @Value("${tocsin.journal.checkpoint-minutes:10}") long minutes) {
        return new CheckpointTimer(journal, minutes);
    }

    /**
     * Its own single thread, not a ScheduledExecutorService bean: such a bean would make Spring Boot
     * skip its task scheduler and run everyone's {@code @Scheduled} work on this one thread.
     */
    static final class CheckpointTimer implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("journal-checkpoints").daemon(true).factory());

        CheckpointTimer(JdbcJournal journal, long minutes) {
            if (minutes <= 0) return;
            long period = Duration.ofMinutes(minutes).toSeconds();
            timer.scheduleWithFixedDelay(() -> {
                try {
                    journal.checkpointHead();
                } catch (RuntimeException e) {
                    log.warn("Could not sign a journal checkpoint; will try again in {} minutes", minutes, e);
                }
            }, period, period, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
