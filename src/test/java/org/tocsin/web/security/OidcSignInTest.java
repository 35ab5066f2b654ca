package org.tocsin.web.security;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.tocsin.access.AccountService;
import org.tocsin.access.Directory;
import org.tocsin.access.Grant;
import org.tocsin.access.Person;
import org.tocsin.access.Role;
import org.tocsin.app.TocsinApplication;
import org.tocsin.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in end to end: a real identity provider (mock-oauth2-server: discovery,
 * authorization, token and JWKS endpoints, signed ID tokens) on a random port, Tocsin configured for
 * it through the same {@code spring.security.oauth2.client.*} properties an operator sets, and a
 * client that follows redirects and keeps cookies the way a browser does. The provider signs in
 * non-interactively; each test chooses the subject and claims of the next sign-in with
 * {@link MockOAuth2Server#enqueueCallback}.
 *
 * <p>This needs its own Spring context (other properties than {@code IntegrationTest}'s shared one), so
 * it has its own data directory, and is closed after the class so its PostgreSQL does not linger.
 * {@code tocsin.oidc.link-by-username} is off here, as by default; {@link LinkByUsername} turns it on in
 * a second context.
 */
@SpringBootTest(classes = TocsinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tocsin.demo=off", "tocsin.admin-token=" + OidcSignInTest.ADMIN_TOKEN})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OidcSignInTest {

    static final String ADMIN_TOKEN = "oidc-admin-token-0123456789abcdef0123456789abcdef";
    static final String IDP = "test-idp";
    static final String CLIENT_ID = "tocsin-test";

    /** Started before any Spring context, which reads the provider's discovery document at start. */
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    /** The provider's issuer, as its ID tokens carry it ({@code iss}) and as links are keyed. */
    static String issuer() {
        return PROVIDER.issuerUrl(IDP).toString();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        // Called once per context (this class's and LinkByUsername's): each gets a store of its own.
        String store = Path.of(System.getProperty("java.io.tmpdir"), "oidc-store-" + UUID.randomUUID()).toAbsolutePath().toString();
        registry.add("tocsin.data.dir", () -> store);
        String registration = "spring.security.oauth2.client.registration." + IDP + ".";
        registry.add(registration + "client-id", () -> CLIENT_ID);
        registry.add(registration + "client-secret", () -> "not-a-secret");
        registry.add(registration + "client-name", () -> "Test IdP");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider." + IDP + ".issuer-uri", OidcSignInTest::issuer);
    }

    @AfterAll
    static void stopProvider() {
        // JUnit runs this after the nested class too: @Nested tests are this class's children.
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;

    Tocsin tocsin;

    @BeforeEach
    void tocsin() {
        tocsin = new Tocsin(port, accounts, directory, jdbc);
    }

    @Test
    void aPersonLinkedToTheIdentitySignsInThroughTheProviderAndActsAsThatPersonNotAsTheProvidersSubject() {
        String person = tocsin.person("oidc-linked");
        String subject = subject();
        assertThat(accounts.linkOidc(person, issuer(), subject, "test", Instant.now()).done()).isTrue();

        Browser browser = tocsin.browser();
        HttpResponse<String> landed = browser.signInThroughProvider(subject, Map.of("preferred_username", "someone-else"));

        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("Signed in as " + person).doesNotContain(subject);
        assertThat(browser.get("/api/situations").statusCode()).isEqualTo(200);
        // The journal has the session under the person's id, with the way in.
        assertThat(jdbc.queryForList("select details->>'method' from journal where type = 'session.started' and actor = ?",
                String.class, person)).containsExactly("oidc");
    }

    @Test
    void anIdentityLinkedToNoOneIsRefusedAndGetsNoSignedInSession() {
        String subject = subject();
        Browser browser = tocsin.browser();

        HttpResponse<String> landed = browser.signInThroughProvider(subject, Map.of());

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).isEqualTo("oidc-refused");
        assertThat(landed.body()).contains("not linked to a person in Tocsin").doesNotContain("Signed in as");
        assertThat(browser.get("/api/situations").statusCode()).isEqualTo(401);
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
        assertThat(tocsin.linkedPerson(subject)).isEmpty();
    }

    @Test
    void withLinkByUsernameOffAPreferredUsernameNamingAPersonLinksNothingAndIsRefused() {
        String person = tocsin.person("oidc-named");
        String subject = subject();

        HttpResponse<String> landed = tocsin.browser().signInThroughProvider(subject, Map.of("preferred_username", person));

        assertThat(landed.uri().toString()).endsWith("/login?oidc-refused");
        assertThat(tocsin.linkedPerson(subject)).isEmpty();
        assertThat(tocsin.journaled("account.oidc_linked", person)).isZero();
        assertThat(tocsin.journaled("session.started", person)).isZero();
    }

    @Test
    void theSignInPageShowsTheProvidersButton() {
        HttpResponse<String> page = tocsin.browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/oauth2/authorization/" + IDP + "\"").contains("Sign in with Test IdP");
    }

    @Test
    void theRolesComeFromTocsinsGrantsNotFromTheProvidersClaims() {
        String situation = tocsin.situation();
        String person = tocsin.person("oidc-claims-admin");
        String subject = subject();
        accounts.linkOidc(person, issuer(), subject, "test", Instant.now());

        Browser browser = tocsin.browser();
        HttpResponse<String> landed = browser.signInThroughProvider(subject, Map.of(
                "roles", List.of("admin"), "groups", List.of("admin"), "scope", "tocsin:admin"));
        assertThat(landed.body()).contains("Signed in as " + person);

        // "admin" in the provider's claims grants nothing: no role, so not even reading a situation.
        assertThat(browser.get("/api/situations/" + situation).statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/people").statusCode()).isEqualTo(403); // the directory, which an admin reads
        // A grant in Tocsin does, from the next request of the same session.
        accounts.grant(person, situation, Role.ANALYST, "test", Instant.now());
        assertThat(browser.get("/api/situations/" + situation).statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/people").statusCode()).isEqualTo(200);
    }

    @Test
    void aTocsinPersonClaimFromTheProviderDoesNotChooseThePerson() {
        String situation = tocsin.situation();
        String admin = tocsin.person("oidc-real-admin");
        accounts.grant(admin, Grant.ALL_SITUATIONS, Role.ADMIN, "test", Instant.now());
        String person = tocsin.person("oidc-ordinary");
        String subject = subject();
        accounts.linkOidc(person, issuer(), subject, "test", Instant.now());

        // A provider lets people set attributes that end up as claims: one named like Tocsin's own must not matter.
        Browser browser = tocsin.browser();
        HttpResponse<String> landed = browser.signInThroughProvider(subject, Map.of("tocsin_person", admin));

        assertThat(landed.body()).contains("Signed in as " + person).doesNotContain("Signed in as " + admin);
        assertThat(browser.get("/api/situations/" + situation).statusCode()).isEqualTo(403);
    }

    @Nested
    @TestPropertySource(properties = "tocsin.oidc.link-by-username=true")
    class LinkByUsername {

        @LocalServerPort
        int port;
        @Autowired
        AccountService accounts;
        @Autowired
        Directory directory;
        @Autowired
        JdbcTemplate jdbc;

        Tocsin tocsin;

        @BeforeEach
        void tocsin() {
            tocsin = new Tocsin(port, accounts, directory, jdbc);
        }

        @Test
        void aPreferredUsernameNamingADirectoryPersonLinksOnFirstSignInSignsInAndTheLinkIsJournaled() {
            String person = tocsin.person("oidc-by-name");
            String subject = subject();

            HttpResponse<String> landed = tocsin.browser().signInThroughProvider(subject, Map.of("preferred_username", person));

            assertThat(landed.uri().getPath()).isEqualTo("/");
            assertThat(landed.body()).contains("Signed in as " + person);
            assertThat(tocsin.linkedPerson(subject)).containsExactly(person);
            Map<String, Object> entry = jdbc.queryForMap(
                    "select actor, details->>'issuer' as issuer from journal where type = 'account.oidc_linked' and subject = ?",
                    "person:" + person);
            assertThat(entry).containsEntry("issuer", issuer()).containsEntry("actor", "oidc:" + issuer());

            // Later sign-ins go by the link (issuer and subject), whatever the username has become; no second link.
            HttpResponse<String> again = tocsin.browser().signInThroughProvider(subject, Map.of("preferred_username", "renamed"));
            assertThat(again.body()).contains("Signed in as " + person);
            assertThat(tocsin.journaled("account.oidc_linked", person)).isEqualTo(1);
        }

        @Test
        void aSecondIdentityClaimingTheNameOfAnAlreadyLinkedPersonIsRefusedNotLinked() {
            String person = tocsin.person("oidc-taken");
            String first = subject(), second = subject();
            assertThat(tocsin.browser().signInThroughProvider(first, Map.of("preferred_username", person)).body())
                    .contains("Signed in as " + person);

            HttpResponse<String> impostor = tocsin.browser().signInThroughProvider(second, Map.of("preferred_username", person));

            assertThat(impostor.uri().toString()).endsWith("/login?oidc-refused");
            assertThat(tocsin.linkedPerson(second)).isEmpty();
            assertThat(tocsin.journaled("account.oidc_linked", person)).isEqualTo(1);
        }

        @Test
        void aPreferredUsernameNamingNoOneIsStillRefused() {
            String subject = subject();

            HttpResponse<String> landed = tocsin.browser().signInThroughProvider(subject, Map.of("preferred_username", "nobody-" + subject));

            assertThat(landed.uri().toString()).endsWith("/login?oidc-refused");
            assertThat(tocsin.linkedPerson(subject)).isEmpty();
        }
    }

    // ---- support -------------------------------------------------------------------------------

    static String subject() {
        return "idp-subject-" + UUID.randomUUID();
    }

    /** One running Tocsin (this class's context or the nested one's). */
    record Tocsin(int port, AccountService accounts, Directory directory, JdbcTemplate jdbc) {

        /** A person of the directory (no account, no grants), under a fresh id. */
        String person(String prefix) {
            String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            directory.createPerson(new Person(id, id, null, null, null));
            return id;
        }

        /** A new situation, created with the bootstrap admin token. */
        String situation() {
            String id = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
            var r = new Api(port).as(ADMIN_TOKEN).post("/api/situations", """
                    {"id": "%s", "name": "OIDC test %s", "country": "RW", "watch_from": "1993-10-01", "watch_to": "1994-07-31"}
                    """.formatted(id, id));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            return id;
        }

        List<String> linkedPerson(String subject) {
            return jdbc.queryForList("select person_id from oidc_identity where issuer = ? and subject = ?", String.class, issuer(), subject);
        }

        long journaled(String type, String person) {
            Long n = jdbc.queryForObject("select count(*) from journal where type = ? and subject = ?", Long.class, type, "person:" + person);
            return n == null ? 0 : n;
        }

        Browser browser() {
            return new Browser("http://localhost:" + port);
        }
    }

    /** What a browser does here: follows redirects (to the provider and back) and keeps cookies. */
    static final class Browser {

        private final String base;
        private final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        /**
         * Clicks "Sign in with Test IdP": Tocsin sends the browser to the provider, which signs in
         * this subject (with these extra claims in its tokens) without asking and sends it back with
         * a code; Tocsin exchanges it and redirects. Returns the page the browser lands on.
         */
        HttpResponse<String> signInThroughProvider(String subject, Map<String, Object> claims) {
            PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(IDP, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
            return get("/oauth2/authorization/" + IDP);
        }

        HttpResponse<String> get(String path) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
