package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Permission;
import org.tocsin.access.Role;
import org.tocsin.support.IntegrationTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One's own account page over real HTTP: a session, its CSRF token, and the tokens it makes. */
class AccountPagesHttpTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("tcs_[A-Za-z0-9_-]{43}");
    private static final Pattern REVOKE = Pattern.compile("action=\"/account/tokens/(\\d+)/revoke\"");

    /** A browser-like client: keeps cookies, does not follow redirects, reads English. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) csrf = m.group(1);
            return r;
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + (form.isEmpty() ? "" : "&" + form))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Session signIn(String person) throws Exception {
            get("/login");
            var done = post("/login", "person=" + enc(person) + "&password=" + enc(PASSWORD));
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
            return this;
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private HttpResponse<String> bearer(String path, String secret) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceWorksAndStopsWorkingWhenRevoked() throws Exception {
        String s = uniqueSituation("account-http");
        createSituation(s);
        String person = "acct-" + s;
        as(person, s, Role.ANALYST);
        withPassword(person);
        Session b = new Session().signIn(person);

        var account = b.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("href=\"/account\"").contains("Signed in as " + person)
                .contains("Test situation " + s).contains(">analyst<").contains("value=\"" + Permission.SIGNAL_SUBMIT.scope() + "\"");

        // a wrong current password: the error beside the field, nothing changed
        var wrong = b.post("/account/password", "current=not-my-password-at-all&new=" + enc("a-new-password-for-me"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"current-error\"").contains("is not your current password");

        String expires = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        var issued = b.post("/account/tokens", "name=" + enc("feed <b>one</b>") + "&scopes=" + enc(Permission.SITUATION_READ.scope())
                + "&scopes=" + enc(Permission.SIGNAL_READ.scope()) + "&expires=" + expires);
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        assertThat(issued.body()).contains("it is shown this once").contains("feed &lt;b&gt;one&lt;/b&gt;").doesNotContain("<b>one");
        Matcher m = SECRET.matcher(issued.body());
        assertThat(m.find()).as("the secret is on the page").isTrue();
        String secret = m.group();
        assertThat(m.find()).as("once").isFalse();

        var listed = b.get("/account");
        assertThat(listed.body()).doesNotContain(secret).contains("feed &lt;b&gt;one&lt;/b&gt;").contains(Permission.SIGNAL_READ.scope())
                .contains("never");

        var me = bearer("/api/me", secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"person\":\"" + person + "\"").contains("\"signal:read\"").contains("\"situation:read\"");

        Matcher id = REVOKE.matcher(b.get("/account").body());
        assertThat(id.find()).isTrue();
        var revoked = b.post("/account/tokens/" + id.group(1) + "/revoke", "");
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location").orElseThrow()).contains("/account?done=revoked");
        assertThat(b.get("/account?done=revoked").body()).contains("The token is revoked").contains("revoked on");

        assertThat(bearer("/api/me", secret).statusCode()).isEqualTo(401);
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedThePeoplePagesAndDoesNotSeeThemInTheNavigation() throws Exception {
        String s = uniqueSituation("account-http-nonadmin");
        createSituation(s);
        String person = "plain-" + s;
        as(person, s, Role.ANALYST);
        withPassword(person);
        Session b = new Session().signIn(person);

        assertThat(b.get("/account").body()).doesNotContain("href=\"/admin/people\"");
        assertThat(b.get("/admin/people").statusCode()).isEqualTo(403);
        assertThat(b.get("/admin/people/" + person).statusCode()).isEqualTo(403);
        b.get("/account");
        assertThat(b.post("/admin/people/" + person + "/grants", "situation=*&role=admin").statusCode()).isEqualTo(403);
        assertThat(accounts.grants(person)).extracting(g -> g.role()).containsExactly(Role.ANALYST);
        // and with a token, the same
        assertThat(as(person, s, Role.ANALYST).get("/admin/people").status()).isEqualTo(403);
    }
}
