package org.tocsin.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tocsin.app.TocsinApplication;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base for integration tests: one Spring context and one embedded PostgreSQL shared by every test
 * class that extends it (Spring caches the context), real HTTP on a random port. Tests isolate
 * themselves by creating their own situations ({@link #uniqueSituation}).
 */
@SpringBootTest(classes = TocsinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tocsin.demo=on"})
public abstract class IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** One data directory per test JVM, under the build's temp directory (surefire sets java.io.tmpdir). */
    private static final String STORE = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "it-store-" + java.util.UUID.randomUUID())
            .toAbsolutePath().toString();

    @org.springframework.test.context.DynamicPropertySource
    static void store(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("tocsin.data.dir", () -> STORE);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api() {
        return new Api(port);
    }

    protected static String uniqueSituation(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    protected void createSituation(String id) {
        var r = api().post("/api/situations", """
                {"id": "%s", "name": "Test situation %s", "country": "RW", "watch_from": "1993-10-01", "watch_to": "1994-07-31"}
                """.formatted(id, id));
        if (r.status() != 201) throw new IllegalStateException("could not create situation: " + r.status() + " " + r.body());
    }

    protected long signalCount(String situation) {
        Long n = jdbc.queryForObject("select count(*) from signal where situation_id = ?", Long.class, situation);
        return n == null ? 0 : n;
    }
}
