package org.tocsin.access;

import org.junit.jupiter.api.Test;
import org.tocsin.support.IntegrationTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a password, sessions and CSRF, lockout, and API tokens — over real HTTP against the real store. */
class SignInAndTokensTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like client: keeps cookies, does not follow redirects. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String csrf() throws Exception {
            Matcher m = CSRF.matcher(get("/login").body());
            assertThat(m.find()).as("the sign-in page carries a CSRF token").isTrue();
            return m.group(1);
        }

        HttpResponse<String> signIn(String person, String password) throws Exception {
            return post("/login", "_csrf=" + enc(csrf()) + "&person=" + enc(person) + "&password=" + enc(password));
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void aPersonSignsInWithTheirPasswordAndTheSessionActsAsThem() throws Exception {
        String person = withPassword("signin-" + System.nanoTime());
        Browser b = new Browser();
        var done = b.signIn(person, PASSWORD);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        assertThat(done.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("TOCSIN_SESSION=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        assertThat(b.get("/api/me").body()).contains("\"person\":\"" + person + "\"");
        assertThat(b.get("/").body()).contains("Signed in as " + person);
    }

    @Test
    void passwordsAreKeptOnlyAsArgon2idHashes() {
        String person = withPassword("hash-" + System.nanoTime());
        String hash = jdbc.queryForObject("select password_hash from account where person_id = ?", String.class, person);
        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() throws Exception {
        String person = withPassword("wrong-" + System.nanoTime());
        var wrongPassword = new Browser().signIn(person, "not-the-password-at-all");
        var noSuchPerson = new Browser().signIn("nobody-" + System.nanoTime(), "not-the-password-at-all");
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=refused");
        assertThat(noSuchPerson.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=refused");
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPasswordAndTheLockIsJournaled() throws Exception {
        String person = withPassword("lock-" + System.nanoTime());
        for (int i = 0; i < AccountService.MAX_FAILURES; i++) new Browser().signIn(person, "guess-number-" + i + "-wrong");
        var right = new Browser().signIn(person, PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=locked");
        assertThat(jdbc.queryForObject("select count(*) from journal where type = 'account.locked' and subject = ?", Long.class,
                "person:" + person)).isEqualTo(1);
    }

    @Test
    void aStateChangingRequestOnASessionWithoutItsCsrfTokenIsRefused() throws Exception {
        String person = withPassword("csrf-" + System.nanoTime());
        Browser b = new Browser();
        b.signIn(person, PASSWORD);
        var forged = b.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("csrf");
        // a sign-in form posted from elsewhere (no token) is refused too
        assertThat(new Browser().post("/login", "person=" + person + "&password=" + enc(PASSWORD)).headers().firstValue("Location").orElse(""))
                .doesNotEndWith("/");
    }

    @Test
    void afterSigningInThePersonReturnsToThePageThatAskedAndNeverToAnotherSite() throws Exception {
        String person = withPassword("next-" + System.nanoTime());
        Browser b = new Browser();
        assertThat(b.get("/replay?case=x").headers().firstValue("Location").orElseThrow()).contains("/login?next=%2Freplay%3Fcase%3Dx");
        b.get("/login?next=%2Freplay");
        assertThat(b.signIn(person, PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/replay");
        Browser c = new Browser();
        c.get("/login?next=//evil.example/");
        assertThat(c.signIn(person, PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("evil");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String person = withPassword("out-" + System.nanoTime());
        Browser b = new Browser();
        b.signIn(person, PASSWORD);
        Matcher m = CSRF.matcher(b.get("/").body());
        assertThat(m.find()).isTrue();
        assertThat(b.post("/logout", "_csrf=" + enc(m.group(1))).headers().firstValue("Location").orElseThrow()).contains("/login?signed-out");
        assertThat(b.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenActsAsItsPersonWithinItsScopesOnly() {
        String person = "scoped-" + System.nanoTime();
        as(person); // every role everywhere
        var issued = accounts.issueToken(person, "read only", Set.of(Permission.SIGNAL_READ, Permission.SITUATION_READ),
                Instant.now().plus(Duration.ofDays(1)), person, Instant.now());
        String secret = ((Outcome.Done<AccountService.IssuedToken>) issued).value().secret();
        var api = anonymous().as(secret);
        assertThat(api.get("/api/situations/rwanda-1993-1994").status()).isEqualTo(200);
        var refused = api.post("/api/alerts", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("permission").asString()).isEqualTo("alert:raise");
        assertThat(jdbc.queryForObject("select secret_sha256 from api_token where id = ?", String.class,
                ((Outcome.Done<AccountService.IssuedToken>) issued).value().token().id())).doesNotContain(secret).hasSize(64);
    }

    @Test
    void aRevokedOrExpiredTokenIsRefusedLoudly() {
        String person = "revoked-" + System.nanoTime();
        as(person);
        var created = as(person).post("/api/tokens", """
                {"name": "feed", "scopes": ["situation:read"], "expires_at": "%s"}""".formatted(Instant.now().plus(Duration.ofDays(2))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.json().path("secret").asString();
        long id = created.json().path("id").asLong();
        assertThat(anonymous().as(secret).get("/api/me").status()).isEqualTo(200);
        assertThat(as(person).get("/api/tokens").body()).doesNotContain(secret);
        assertThat(as(person).post("/api/tokens/" + id + "/revoke", "{}").status()).isEqualTo(200);
        var after = anonymous().as(secret).get("/api/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body()).contains("revoked or expired");
        assertThat(accounts.issueToken(person, "old", Set.of(Permission.SITUATION_READ), Instant.now().minusSeconds(1), person, Instant.now()))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void aTokenCannotBeMintedWithMoreScopesThanTheTokenThatAsksForIt() {
        String person = "narrow-" + System.nanoTime();
        as(person);
        var narrow = accounts.issueToken(person, "narrow", Set.of(Permission.SITUATION_READ), Instant.now().plus(Duration.ofDays(1)), person, Instant.now());
        String secret = ((Outcome.Done<AccountService.IssuedToken>) narrow).value().secret();
        var widened = anonymous().as(secret).post("/api/tokens", """
                {"name": "wider", "scopes": ["situation:read", "alert:decide"], "expires_at": "%s"}""".formatted(Instant.now().plus(Duration.ofDays(1))));
        assertThat(widened.status()).isEqualTo(422);
        assertThat(widened.errorFields()).contains("scopes");
    }

    @Test
    void theBootstrapAdminTokenAdministersButReadsNoSignals() {
        assertThat(admin().get("/api/me").json().path("person").asString()).isEqualTo("tocsin-admin");
        String id = uniqueSituation("admin-made");
        assertThat(admin().post("/api/situations", "{\"id\": \"" + id + "\", \"name\": \"x\", \"country\": \"RW\"}").status()).isEqualTo(201);
        assertThat(admin().get("/api/signals?situation=" + id).status()).isEqualTo(403);
        assertThat(anonymous().as(ADMIN_TOKEN + "x").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void grantingARoleIsJournaledAndTakesEffectOnTheNextRequest() {
        String s = uniqueSituation("grant");
        createSituation(s);
        String person = "grantee-" + System.nanoTime();
        var api = as(person, s);                 // signed in, no role yet
        assertThat(api.get("/api/situations/" + s).status()).isEqualTo(403);
        var granted = admin().post("/api/people/" + person + "/grants", "{\"situation\": \"" + s + "\", \"role\": \"council-member\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(api.get("/api/situations/" + s).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from journal where type = 'permission.granted' and subject = ? and situation = ?",
                Long.class, "person:" + person, s)).isEqualTo(1);
        assertThat(admin().post("/api/people/" + person + "/grants/revoke", "{\"situation\": \"" + s + "\", \"role\": \"council-member\"}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/situations/" + s).status()).isEqualTo(403);
    }

    @Test
    void theActingPersonIsTheSignedInOneAndNamingSomeoneElseIsRefused() {
        String s = uniqueSituation("acting");
        createSituation(s);
        var raised = as("acting-analyst-" + s, s, Role.ANALYST).post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "x", "label": "GREEN"}""".formatted(s));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().path("originator").asString()).isEqualTo("acting-analyst-" + s);
        var impersonating = as("acting-analyst-" + s, s, Role.ANALYST).post("/api/alerts", """
                {"actor": "someone-else", "situation": "%s", "severity": "high", "explanation": "x", "label": "GREEN"}""".formatted(s));
        assertThat(impersonating.status()).isEqualTo(422);
        assertThat(impersonating.errorFields()).containsExactly("actor");
        assertThat(EnumSet.allOf(Role.class)).hasSize(9);
    }

    @Test
    void aPersonChangesTheirPasswordBySessionProvingTheOldOneButNeverWithAToken() throws Exception {
        String person = withPassword("pw-" + System.nanoTime());
        Browser b = new Browser();
        b.signIn(person, PASSWORD);
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(b.get("/").body());
        assertThat(m.find()).isTrue();
        java.util.function.Function<String, HttpResponse<String>> change = json -> {
            try {
                return b.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/password"))
                        .header("Content-Type", "application/json").header("X-CSRF-TOKEN", m.group(1))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(change.apply("{\"current\": \"not-it-at-all\", \"new\": \"a brand new passphrase\"}").statusCode()).isEqualTo(422);
        assertThat(change.apply("{\"current\": \"" + PASSWORD + "\", \"new\": \"short\"}").statusCode()).isEqualTo(422);
        assertThat(change.apply("{\"current\": \"" + PASSWORD + "\", \"new\": \"a brand new passphrase\"}").statusCode()).isEqualTo(200);
        assertThat(new Browser().signIn(person, PASSWORD).headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(new Browser().signIn(person, "a brand new passphrase").headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(as(person).post("/api/me/password", "{\"current\": \"a brand new passphrase\", \"new\": \"taken over by a token\"}").status())
                .isEqualTo(403);
    }
}
