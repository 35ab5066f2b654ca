package org.tocsin.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tocsin.common.TocsinException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The store: an external PostgreSQL (15 or newer) when {@code TOCSIN_DB_URL} is set, otherwise an
 * embedded PostgreSQL 17 in {@code TOCSIN_DATA_DIR/postgres} (default {@code ./tocsin-data}). The embedded
 * one is a real store, not a test toy: fsync, synchronous commit and full-page writes are on, and
 * its data directory survives restarts.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    /** Which store Tocsin runs on; demo data is loaded by default only on the embedded one. */
    public record StoreMode(boolean embedded, String description) {}

    @Bean(destroyMethod = "close")
    EmbeddedStore embeddedStore(@Value("${tocsin.db.url:}") String url,
                                @Value("${tocsin.data.dir:./tocsin-data}") String dataDir) {
        // PostgreSQL's files get their own subdirectory: initdb needs an empty directory, and the
        // generated keys (journal signing key, sources keyset, webhook secret) live beside it
        return url.isBlank() ? EmbeddedStore.start(Path.of(dataDir).resolve("postgres")) : EmbeddedStore.none();
    }

    @Bean
    StoreMode storeMode(EmbeddedStore embedded, @Value("${tocsin.db.url:}") String url) {
        return embedded.running()
                ? new StoreMode(true, "embedded PostgreSQL 17 in " + embedded.dataDir().toAbsolutePath())
                : new StoreMode(false, "external PostgreSQL at " + redact(url));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedStore embedded,
                                @Value("${tocsin.db.url:}") String url,
                                @Value("${tocsin.db.user:}") String user,
                                @Value("${tocsin.db.password:}") String password,
                                @Value("${tocsin.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tocsin");
        config.setMaximumPoolSize(poolSize);
        if (embedded.running()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            if (!user.isBlank()) config.setUsername(user);
            if (!password.isBlank()) config.setPassword(password);
        }
        // rewrite batched inserts into multi-row statements: several times faster for batches
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** The URL without credentials, for logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
    }

    /** An embedded PostgreSQL process, or nothing when an external database is configured. */
    public static final class EmbeddedStore implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final Path dataDir;

        private EmbeddedStore(EmbeddedPostgres postgres, Path dataDir) {
            this.postgres = postgres;
            this.dataDir = dataDir;
        }

        static EmbeddedStore none() { return new EmbeddedStore(null, null); }

        static EmbeddedStore start(Path dataDir) {
            try {
                Files.createDirectories(dataDir);
                Path pid = dataDir.resolve("postmaster.pid");
                if (Files.exists(pid)) {
                    log.warn("{} exists: another Tocsin (or a PostgreSQL left over from a crash) may be using {}",
                            pid, dataDir.toAbsolutePath());
                }
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        // zonky's defaults are for tests (fsync off); Tocsin's embedded store keeps data
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("max_connections", "60")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        // stopped by this bean's close, after everything that writes to it (the journal's read
                        // queue flushes at shutdown): zonky's own JVM hook would stop it first, concurrently
                        .setRegisterShutdownHook(false)
                        .start();
                log.info("Embedded PostgreSQL 17 started on port {} with data in {}", pg.getPort(), dataDir.toAbsolutePath());
                return new EmbeddedStore(pg, dataDir);
            } catch (IOException e) {
                throw new TocsinException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
                        + ". Is another Tocsin using this data directory? Stop it, or set TOCSIN_DATA_DIR to another"
                        + " directory, or TOCSIN_DB_URL to an external PostgreSQL.", e);
            }
        }

        boolean running() { return postgres != null; }

        Path dataDir() { return dataDir; }

        String jdbcUrl() { return postgres.getJdbcUrl("postgres", "postgres"); }

        @Override
        public void close() throws IOException {
            if (postgres != null) postgres.close();
        }
    }
}
