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
        properties = {"tocsin.demo=on", "tocsin.admin-token=" + IntegrationTest.ADMIN_TOKEN,
                // the webhook receivers of the tests listen on localhost
                "tocsin.webhooks.allow-private-addresses=true"})
public abstract class IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The bootstrap admin token the test server is started with (TOCSIN_ADMIN_TOKEN). */
    public static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef0123456789abcdef";
    /** A person holding every role in every situation: what most tests act as, so they test their own subject, not access. */
    public static final String SUPERUSER = "it-superuser";
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

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

    @Autowired
    protected org.tocsin.access.AccountService accounts;

    @Autowired
    protected org.tocsin.access.Directory directory;

    /** The API as {@link #SUPERUSER}. */
    protected Api api() {
        return as(SUPERUSER);
    }

    /** The API with no credentials at all. */
    protected Api anonymous() {
        return new Api(port);
    }

    /** The API with the bootstrap admin token. */
    protected Api admin() {
        return new Api(port).as(ADMIN_TOKEN);
    }

    /**
     * The API as this person (created in the directory if missing), holding every role in every
     * situation unless it already holds some grants: domain rules (only the addressee acknowledges)
     * still apply; what roles allow is the authorization matrix's subject.
     */
    protected Api as(String person) {
        return new Api(port).as(tokenFor(person, null, null));
    }

    /** The API as this person, holding exactly these roles in this situation (in addition to any they hold). */
    protected Api as(String person, String situation, org.tocsin.access.Role... roles) {
        return new Api(port).as(tokenFor(person, situation, roles));
    }

    /** The password of every account {@link #withPassword} creates. */
    public static final String PASSWORD = "it-password-for-tests-only";

    /** Gives the person (created if missing, with every role everywhere if they hold none) a password account; returns the person id. */
    protected String withPassword(String person) {
        tokenFor(person, null, null);
        if (accounts.account(person).isEmpty()) accounts.createAccount(person, PASSWORD, false, "test", java.time.Instant.now());
        return person;
    }

    /** A token for the person, created once per server and person (and role set). */
    protected String tokenFor(String person, String situation, org.tocsin.access.Role[] roles) {
        String key = port + "|" + person + "|" + situation + "|" + (roles == null ? "*" : java.util.Arrays.toString(roles));
        return TOKENS.computeIfAbsent(key, k -> {
            java.time.Instant now = java.time.Instant.now();
            directory.createPerson(new org.tocsin.access.Person(person, person, null, null, null));
            if (roles == null) {
                if (accounts.grants(person).isEmpty()) {
                    for (org.tocsin.access.Role r : org.tocsin.access.Role.values()) {
                        accounts.grant(person, org.tocsin.access.Grant.ALL_SITUATIONS, r, "test", now);
                    }
                }
            } else {
                for (org.tocsin.access.Role r : roles) accounts.grant(person, situation, r, "test", now);
            }
            var issued = accounts.issueToken(person, "test", java.util.EnumSet.allOf(org.tocsin.access.Permission.class),
                    now.plus(java.time.Duration.ofDays(30)), "test", now);
            if (!(issued instanceof org.tocsin.access.Outcome.Done<org.tocsin.access.AccountService.IssuedToken> d)) {
                throw new IllegalStateException("could not issue a token for " + person + ": " + issued);
            }
            return d.value().secret();
        });
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
