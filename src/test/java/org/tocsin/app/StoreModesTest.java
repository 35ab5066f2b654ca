package org.tocsin.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.distribution.Tlp;
import org.tocsin.intake.ImportReport;
import org.tocsin.intake.ImportService;
import org.tocsin.intake.format.ImportFormat;
import org.tocsin.support.DebianPostgres;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Both stores Tocsin runs on: the embedded default and an external PostgreSQL. */
class StoreModesTest {

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(TocsinApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties);
        return app.run();
    }

    private static ImportReport importDemo(ConfigurableApplicationContext ctx, String situation) throws Exception {
        try (InputStream in = StoreModesTest.class.getResourceAsStream("/demo/rwanda-1993-1994.jsonl")) {
            return ctx.getBean(ImportService.class).importStream(
                    new ImportService.Request(situation, ImportFormat.CASE, false, Tlp.CLEAR, "test"), in);
        }
    }

    private static long count(ConfigurableApplicationContext ctx, String situation) {
        return ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from signal where situation_id = ?", Long.class, situation);
    }

    @Test
    void theEmbeddedStoreKeepsEveryAcceptedSignalAcrossARestartAndIsDurable(@TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("store"));
        // a data directory that already holds Tocsin's own files (keys) must still start its PostgreSQL
        java.nio.file.Files.writeString(dir.resolve("store").resolve("some-key.pem"), "not a database file");
        Map<String, Object> props = Map.of("tocsin.data.dir", dir.resolve("store").toString(), "tocsin.demo", "off");
        try (var ctx = start(props)) {
            assertThat(importDemo(ctx, "durable").accepted()).isEqualTo(101);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
        }
        try (var ctx = start(props)) {
            assertThat(count(ctx, "durable")).isEqualTo(101);
            assertThat(importDemo(ctx, "durable").duplicates()).isEqualTo(101);
        }
    }

    @Test
    void runsOnAnExternalPostgresqlGivenByUrl(@TempDir Path dir) throws Exception {
        try (DebianPostgres pg = DebianPostgres.start()) {
            assertThat(pg.version()).isGreaterThanOrEqualTo(15);
            // the data directory still holds generated keys (journal, sources) with an external database
            Map<String, Object> props = Map.of("tocsin.db.url", pg.jdbcUrl(), "tocsin.db.user", "postgres", "tocsin.demo", "off",
                    "tocsin.data.dir", dir.toString());
            try (var ctx = start(props)) {
                assertThat(ctx.getBean(StoreConfiguration.StoreMode.class).embedded()).isFalse();
                assertThat(importDemo(ctx, "external").accepted()).isEqualTo(101);
                assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("show server_version_num", Integer.class))
                        .isGreaterThanOrEqualTo(150000);
            }
            try (var ctx = start(props)) {
                assertThat(count(ctx, "external")).isEqualTo(101);
            }
        }
    }
}
