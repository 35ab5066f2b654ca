package org.tocsin.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.audit.Journal;
import org.tocsin.common.Transactions;
import org.tocsin.source.KeysetFiles;
import org.tocsin.source.ProtectionRequests;
import org.tocsin.source.Sealer;
import org.tocsin.source.SealingKeys;
import org.tocsin.source.SourceService;
import org.tocsin.source.jdbc.JdbcProtectionStore;
import org.tocsin.source.jdbc.JdbcSealedStore;
import org.tocsin.source.jdbc.JdbcSourceStore;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Sealed sources (M5): the sources keyset, the registry, protection requests, and key rotation.
 *
 * <p>Properties: {@code tocsin.sources.keyset-file} (env {@code TOCSIN_SOURCES_KEYSET_FILE}) — a
 * Tink keyset in JSON; or {@code tocsin.sources.keyset} (env {@code TOCSIN_SOURCES_KEYSET}) — the
 * same JSON itself; with neither, {@code sources-keyset.json} in the data directory, generated on
 * first start with mode 600. {@code tocsin.sources.add-primary-key=true} adds a new primary key to a
 * file keyset (step 1 of a rotation; remove the option afterwards); on every start records under an
 * older key are re-encrypted under the primary ({@code tocsin.sources.rotate-on-start}, default on);
 * {@code tocsin.sources.retire-old-keys=true} then drops the keys no record needs. Only the keyset's
 * path and key ids are logged, never key material. See {@code docs/security.md}.
 */
@Configuration(proxyBeanMethods = false)
public class SourceConfiguration {

    /** Overdue protection requests climb their situation's escalation ladder (polled with the escalation worker). */
    @Bean
    org.tocsin.escalation.ProtectionOverdueWatch protectionOverdueWatch(ProtectionRequests requests,
                                                                        org.tocsin.escalation.AlertService alerts, Transactions transactions) {
        return new org.tocsin.escalation.ProtectionOverdueWatch(new org.tocsin.escalation.ProtectionOverdueWatch.Requests() {
            @Override
            public java.util.List<org.tocsin.escalation.ProtectionOverdueWatch.Overdue> overdueWithoutAlert(java.time.Instant now) {
                return requests.overdueWithoutAlert(now).stream().map(o -> new org.tocsin.escalation.ProtectionOverdueWatch.Overdue(
                        o.request(), o.situation(), o.pseudonym().value(), o.owner(), o.handlers(), o.deadline())).toList();
            }

            @Override
            public boolean markAlerted(java.util.UUID request, long alert) { return requests.markAlerted(request, alert); }
        }, alerts, transactions);
    }

    private static final Logger log = LoggerFactory.getLogger(SourceConfiguration.class);

    @Bean
    SealingKeys sealingKeys(@Value("${tocsin.sources.keyset-file:}") String keysetFile,
                            @Value("${tocsin.sources.keyset:}") String keysetJson,
                            @Value("${tocsin.sources.add-primary-key:false}") boolean addPrimary,
                            @Value("${tocsin.data.dir:./tocsin-data}") String dataDir,
                            StoreConfiguration.StoreMode store) {
        KeysetFiles.Loaded loaded = KeysetFiles.load(keysetFile, keysetJson, Path.of(dataDir));
        if (loaded.file() != null && KeysetFiles.readableByOthers(loaded.file())) {
            log.warn("The sources keyset {} is readable by other users; chmod 600 it", loaded.origin());
        }
        if (loaded.generated()) {
            log.info("Generated a sources keyset in {} (mode 600). Back it up apart from the database: without it no sealed"
                    + " source can be opened", loaded.origin());
            if (!store.embedded()) {
                log.warn("No TOCSIN_SOURCES_KEYSET_FILE: sealed sources are encrypted with a keyset kept in the data directory."
                        + " For production give every Tocsin that shares this database the same keyset file.");
            }
        }
        var keyset = loaded.keyset();
        if (addPrimary) {
            if (loaded.file() == null) {
                throw new IllegalStateException("tocsin.sources.add-primary-key needs a keyset file; a keyset given in"
                        + " TOCSIN_SOURCES_KEYSET must be rotated where it is kept (e.g. with tinkey), then passed in again");
            }
            keyset = SealingKeys.withNewPrimary(keyset);
            KeysetFiles.write(loaded.file(), keyset);
            log.warn("Added a new primary key to the sources keyset {}; remove tocsin.sources.add-primary-key now, or every"
                    + " start adds another", loaded.origin());
        }
        SealingKeys keys = new SealingKeys(keyset);
        log.info("Sealed sources use the keyset from {}: primary key {}, keys {}", loaded.origin(), keys.primaryKeyId(), keys.keyIds());
        return keys;
    }

    @Bean
    Sealer sealer(SealingKeys keys, JdbcTemplate jdbc, Transactions transactions, Journal journal, Clock clock) {
        return new Sealer(keys, new JdbcSealedStore(jdbc), transactions, journal, clock);
    }

    @Bean
    SourceService sourceService(JdbcTemplate jdbc, Sealer sealer, Journal journal, Transactions transactions, Clock clock) {
        return new SourceService(new JdbcSourceStore(jdbc), sealer, journal, transactions, clock, new SecureRandom());
    }

    @Bean
    ProtectionRequests protectionRequests(JdbcTemplate jdbc, Sealer sealer, Journal journal, Transactions transactions, Clock clock) {
        return new ProtectionRequests(new JdbcProtectionStore(jdbc), new JdbcSourceStore(jdbc), sealer, journal, transactions,
                clock, new SecureRandom());
    }

    /**
     * Re-encrypts, on start, the records still under an older key (a no-op when there are none), and
     * — when asked — drops the keys no record needs any more from the keyset file.
     */
    @Bean
    ApplicationRunner rotateSealedSources(Sealer sealer,
                                          @Value("${tocsin.sources.rotate-on-start:true}") boolean rotate,
                                          @Value("${tocsin.sources.retire-old-keys:false}") boolean retire,
                                          @Value("${tocsin.sources.keyset-file:}") String keysetFile,
                                          @Value("${tocsin.sources.keyset:}") String keysetJson,
                                          @Value("${tocsin.data.dir:./tocsin-data}") String dataDir) {
        return args -> {
            if (!rotate) return;
            var report = sealer.rotate("system");
            if (report.reencrypted() > 0) {
                log.info("Re-encrypted {} sealed records under key {}; records per key now {}", report.reencrypted(),
                        report.primaryKeyId(), report.recordsByKey());
            }
            if (!report.unreadable().isEmpty()) {
                log.warn("{} sealed records cannot be opened with the sources keyset (key missing, or row altered) and were"
                        + " left as they are: {}", report.unreadable().size(), report.unreadable());
            }
            SealingKeys keys = sealer.keys();
            if (retire && keys.keyIds().size() > 1) {
                if (!report.complete()) {
                    log.warn("Not retiring old source keys: records per key {} still need them", report.recordsByKey());
                    return;
                }
                var loaded = KeysetFiles.load(keysetFile, keysetJson, Path.of(dataDir));
                if (loaded.file() == null) {
                    log.warn("Old source keys {} are no longer needed: remove them from TOCSIN_SOURCES_KEYSET", keys.keyIds().subList(1, keys.keyIds().size()));
                    return;
                }
                var reduced = SealingKeys.primaryOnly(keys.keyset());
                KeysetFiles.write(loaded.file(), reduced);
                keys.replace(reduced);
                log.info("Retired the old source keys; the keyset {} now holds key {} only", loaded.origin(), keys.primaryKeyId());
            } else if (keys.keyIds().size() > 1 && report.complete()) {
                log.info("No sealed record needs the source keys {} any more: start once with tocsin.sources.retire-old-keys=true"
                        + " to drop them", keys.keyIds().subList(1, keys.keyIds().size()));
            }
        };
    }
}
