package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The console over plain HTTP, no browser: headers, language, the form without script, assets. */
class ConsoleHttpTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", bearer());
        if (headers.length > 0) b.headers(headers);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", bearer())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The console accepts an API token as well as a session: these tests are about the pages, not sign-in. */
    private String bearer() { return "Bearer " + tokenFor(SUPERUSER, null, null); }

    @Test
    void pagesAreHtmlWithAPolicyThatAllowsNoInlineScriptAndNothingFromElsewhere() throws Exception {
        var r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String policy = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.body()).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theLanguageComesFromTheSwitchThenTheCookieThenTheBrowserAndIsOnlyEnglishOrFrench() throws Exception {
        assertThat(get("/replay", "Accept-Language", "fr-CA,fr;q=0.9").body()).contains("<html lang=\"fr\"", "Rejouer");
        assertThat(get("/replay", "Accept-Language", "de-DE").body()).contains("<html lang=\"en\"");
        var switched = get("/replay?lang=fr");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("tocsin-lang=fr").contains("Max-Age=").contains("HttpOnly");
        assertThat(get("/", "Cookie", "tocsin-lang=fr").body()).contains("Aller au contenu");
        assertThat(get("/?lang=de").body()).contains("<html lang=\"en\"");
        assertThat(get("/", "Cookie", "tocsin-lang=de").body()).contains("<html lang=\"en\"");
    }

    @Test
    void aFormSentTwiceRecordsOneSignal() throws Exception {
        String s = uniqueSituation("console-twice");
        createSituation(s);
        String form = get("/situations/" + s + "/signals/new").body();
        Matcher id = Pattern.compile("name=\"id\" value=\"([^\"]+)\"").matcher(form);
        assertThat(id.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id.group(1));
        fields.put("summary", "Lists of names are being drawn up by the commune leadership.");
        fields.put("date", "1994-02-01");
        fields.put("date_precision", "day");
        fields.put("kind", "field_report");
        fields.put("source", "Parish priest");
        fields.put("source_type", "church");
        fields.put("reliability", "C");
        fields.put("credibility", "3");
        fields.put("label", "AMBER");
        fields.put("indicators", "RF07.03");
        var first = postForm("/situations/" + s + "/signals/new", fields);
        var second = postForm("/situations/" + s + "/signals/new", fields);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(signalCount(s)).isEqualTo(1);
    }

    @Test
    void suggestionsComeAsASmallFragment() throws Exception {
        String s = uniqueSituation("console-fragment");
        createSituation(s);
        var r = postForm("/situations/" + s + "/signals/suggestions",
                Map.of("summary", "Militia members distributed machetes and firearms to civilians.", "indicators", "RF10.02"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<html").contains("value=\"RF07.04\"");
        // a code accepted earlier stays ticked although the text no longer suggests it
        assertThat(r.body()).containsPattern("value=\"RF10.02\"[^>]*checked");
    }

    @Test
    void assetsAreCachedForAYearUnderHashedNamesAndHtmxTravelsCompressed() throws Exception {
        String page = get("/replay").body();
        Matcher css = Pattern.compile("href=\"(/console/console-[0-9a-f]{32}\\.css)\"").matcher(page);
        Matcher htmx = Pattern.compile("src=\"(/console/lib/htmx/htmx\\.min-[0-9a-f]{32}\\.js)\"").matcher(page);
        assertThat(css.find()).isTrue();
        assertThat(htmx.find()).isTrue();
        var cssResponse = get(css.group(1));
        assertThat(cssResponse.statusCode()).isEqualTo(200);
        assertThat(cssResponse.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        var js = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + htmx.group(1))).header("Authorization", bearer())
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(js.body().length).isLessThan(20 * 1024);
    }

    @Test
    void pagesAreGzippedForBrowsersThatAcceptItAndTheApiIsLeftAlone() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/situations/rwanda-1993-1994")).header("Authorization", bearer())
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Rwanda 1993–94").endsWith("</html>\n");
        assertThat(page.body().length).isLessThan(html.length() / 3);
        var api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/situations")).header("Authorization", bearer())
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void openingASignalInTheConsoleIsJournaledForTheWhoKnewReport() throws Exception {
        String uid = new org.tocsin.intake.SignalKey("rwanda-1993-1994", "rw-017").uuid().toString();
        assertThat(get("/signals/" + uid).statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + 10_000_000_000L;     // views are written in batches, within a second
        long n = 0;
        while (n == 0 && System.nanoTime() < deadline) {
            n = jdbc.queryForObject("select count(*) from journal where type = 'signal.viewed' and details->>'uid' = ? "
                    + "and details->>'via' = 'console'", Long.class, uid);
            if (n == 0) Thread.sleep(100);
        }
        assertThat(n).isPositive();
    }

    @Test
    void anUnknownSignalIsA404PageInTheReadersLanguage() throws Exception {
        var r = get("/signals/00000000-0000-0000-0000-000000000000", "Cookie", "tocsin-lang=fr");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Aucun signal ne porte cet identifiant.");
        assertThat(get("/signals/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(get("/replay?case=no-such-case").statusCode()).isEqualTo(404);
    }
}
