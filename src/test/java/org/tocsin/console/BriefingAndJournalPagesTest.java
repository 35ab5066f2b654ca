package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tocsin.access.Role;
import org.tocsin.audit.JournalStore;
import org.tocsin.support.Api;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing and journal pages over real HTTP, each request as a person: the console accepts a bearer
 * token as it does a session, so {@link #console} acts as a signed-in person holding the given roles in
 * the situation, and {@link #page} reads as {@link #SUPERUSER}. The forms carry no actor: the person is
 * the signed-in one, and an {@code actor} field sent anyway is ignored. Anonymous visitors are sent to
 * sign in; a signed-in person whose roles there do not allow the action is refused (403).
 */
class BriefingAndJournalPagesTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JournalStore journal;

    /** The console as a signed-in person, over HTTP (a bearer token; null: anonymous). */
    private record Console(int port, String token) {
        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = request(path);
            if (headers.length > 0) b.headers(headers);
            return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HTTP.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (token != null) b.header("Authorization", "Bearer " + token);
            return b;
        }
    }

    /** The console as this person, holding these roles in this situation (in addition to any they hold). */
    private Console console(String person, String situation, Role... roles) {
        return new Console(port, tokenFor(person, situation, roles));
    }

    private Console nobody() { return new Console(port, null); }

    /** A page as {@link #SUPERUSER}, who holds every role everywhere. */
    private HttpResponse<String> page(String path, String... headers) throws IOException, InterruptedException {
        return new Console(port, tokenFor(SUPERUSER, null, null)).get(path, headers);
    }

    // the people of a briefing world, in the console and in the API
    private Console sender(BriefingWorld w) { return console(w.sender(), w.situation(), BriefingWorld.SENDER_ROLE); }
    private Api senderApi(BriefingWorld w) { return as(w.sender(), w.situation(), BriefingWorld.SENDER_ROLE); }
    private Console outsider(BriefingWorld w) { return console(w.outsider(), w.situation(), BriefingWorld.SENDER_ROLE); }
    private Console member(BriefingWorld w, String code) { return console(w.member(code), w.situation(), BriefingWorld.MEMBER_ROLE); }
    private Api memberApi(BriefingWorld w, String code) { return as(w.member(code), w.situation(), BriefingWorld.MEMBER_ROLE); }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse(null);
    }

    /** Sent to the sign-in page (a GET comes back afterwards; a form's target is not a page to return to). */
    private static void sentToSignIn(HttpResponse<String> r) {
        assertThat(r.statusCode()).as("status").isEqualTo(302);
        assertThat(location(r)).as("Location").contains("/login");
    }

    private static Map<String, String> form(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return m;
    }

    private long briefingCount(String situation) {
        Long n = jdbc.queryForObject("select count(*) from briefing where situation = ?", Long.class, situation);
        return n == null ? 0 : n;
    }

    // ---- briefings --------------------------------------------------------------------------------

    @Test
    void theNavigationLeadsToBriefingsAndTheJournal() throws Exception {
        String home = page("/").body();
        assertThat(home).contains("href=\"/briefings\"", "href=\"/journal\"");
    }

    @Test
    void briefingsAreListedPerSituationWithLabelSenderRecipientsAndTimeAndTheirTitleEscaped() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-list"));
        long id = w.brief(senderApi(w), "Arms caches <script>alert(1)</script><img src=x onerror=alert(2)>");

        var r = page("/briefings?situation=" + w.situation());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/briefings/" + id + "\"", "TLP:AMBER", "need-to-know", "Desk officer " + w.sender(), "Council")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("<th scope=\"col\"");
        assertThat(page("/briefings").body()).contains("<select id=\"situation\" name=\"situation\"");
        assertThat(page("/briefings?situation=no-such-situation").statusCode()).isEqualTo(404);
        // a member of the body finds it listed too; a reporter of the situation reads no briefings
        assertThat(member(w, "BB").get("/briefings?situation=" + w.situation()).body()).contains("href=\"/briefings/" + id + "\"");
        assertThat(console("reporter-" + w.situation(), w.situation(), Role.REPORTER).get("/briefings?situation=" + w.situation())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theComposeFormOffersTheGroupsTheAlertsAndEveryLabelWithItsMeaningButNoActorField() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-form"));
        var alert = senderApi(w).post("/api/alerts", """
                {"situation": "%s", "severity": "critical", "explanation": "Grenade attacks nightly", "label": "AMBER"}"""
                .formatted(w.situation()));
        assertThat(alert.status()).as(alert.body()).isEqualTo(201);
        long alertId = alert.json().path("id").asLong();

        String html = sender(w).get("/briefings/new?situation=" + w.situation()).body();
        assertThat(html).contains("action=\"/briefings/new\"", "<option value=\"" + w.council() + "\">Council (3 members)</option>",
                "<option value=\"" + alertId + "\">Alert " + alertId + " · Critical · TLP:AMBER · Grenade attacks nightly</option>",
                "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER+STRICT", "TLP:RED", "the named recipients only",
                "<label for=\"title\">", "<label for=\"group\">", "<label for=\"alert\">", "<legend>")
                .doesNotContain("name=\"actor\"")
                .doesNotContain("You are not signed in");
        String french = sender(w).get("/briefings/new?situation=" + w.situation() + "&lang=fr").body();
        assertThat(french).contains("Envoyer une note d", "les destinataires nommés uniquement");
        assertThat(sender(w).get("/briefings/new").body()).contains("<select id=\"situation\" name=\"situation\"");
        // an alert the sender may not read (RED, raised by an analyst of the situation) is not offered, nor shown
        var red = as("analyst-" + w.situation(), w.situation(), Role.ANALYST).post("/api/alerts", """
                {"situation": "%s", "severity": "critical", "explanation": "The informant's name is on the militia lists", "label": "RED"}"""
                .formatted(w.situation()));
        assertThat(red.status()).as(red.body()).isEqualTo(201);
        assertThat(sender(w).get("/briefings/new?situation=" + w.situation()).body())
                .contains("Grenade attacks nightly").doesNotContain("is on the militia lists", "<option value=\"" + red.json().path("id").asLong() + "\"");
        // nobody composes without signing in, and a member of the body, who receives briefings, sends none
        var anonymous = nobody().get("/briefings/new?situation=" + w.situation());
        sentToSignIn(anonymous);
        assertThat(location(anonymous)).contains("next=");
        assertThat(member(w, "AA").get("/briefings/new?situation=" + w.situation()).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutASignedInPersonOrTheRoleNothingIsSentAndAnActorFieldIsNoSubstitute() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-anon"));
        Map<String, String> briefing = form("situation", w.situation(), "actor", w.sender(), "group", w.council(),
                "title", "Caches", "text", "Caches reported.", "label", "AMBER");
        sentToSignIn(nobody().post("/briefings/new", briefing));
        // signed in, but a reporter and a member of the body may not send briefings there
        var reporter = console("reporter-" + w.situation(), w.situation(), Role.REPORTER).post("/briefings/new", briefing);
        assertThat(reporter.statusCode()).isEqualTo(403);
        assertThat(reporter.body()).contains("Your roles do not allow this here.");
        assertThat(member(w, "AA").post("/briefings/new", briefing).statusCode()).isEqualTo(403);
        assertThat(briefingCount(w.situation())).isZero();

        long id = w.brief(senderApi(w), "Caches");
        sentToSignIn(nobody().post("/briefings/" + id + "/open", form("actor", w.member("AA"))));
        sentToSignIn(nobody().post("/briefings/" + id + "/label", form("actor", w.sender(), "label", "GREEN")));
        assertThat(console("reporter-" + w.situation(), w.situation(), Role.REPORTER).post("/briefings/" + id + "/open", form())
                .statusCode()).isEqualTo(403);
        assertThat(senderApi(w).get("/api/briefings/" + id + "/receipts").json().path("receipts").findValues("opened_at"))
                .allMatch(n -> n.isNull());
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("AMBER");
    }

    @Test
    void aSignedInSenderBriefsEveryMemberAtOnceFromTheFormAboutAnAlert() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-send"));
        var alert = senderApi(w).post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "Militia cells are being armed", "label": "AMBER"}"""
                .formatted(w.situation()));
        long alertId = alert.json().path("id").asLong();

        var r = sender(w).post("/briefings/new", form("situation", w.situation(), "actor", w.outsider(), "group", w.council(),
                "title", "Arms caches in Kigali", "text", "The Force Commander reports caches.", "label", "AMBER",
                "marking", "NO DISTRIBUTION BEYOND THE COUNCIL", "alert", String.valueOf(alertId), "evidence", "arms-1"));
        assertThat(r.statusCode()).isEqualTo(302);
        Matcher m = Pattern.compile("/briefings/(\\d+)\\?sent=1$").matcher(location(r));
        assertThat(m.find()).isTrue();
        var sent = api().get("/api/briefings/" + m.group(1)).json();
        assertThat(sent.path("sender").asString()).as("the signed-in person, not the actor field").isEqualTo(w.sender());
        assertThat(sent.path("alert").asLong()).isEqualTo(alertId);
        assertThat(sent.path("evidence").get(0).asString()).isEqualTo("arms-1");
        var receipts = senderApi(w).get("/api/briefings/" + m.group(1) + "/receipts").json().path("receipts");
        assertThat(receipts).hasSize(3);
        assertThat(receipts.findValuesAsString("created_at")).containsOnly(sent.path("delivered_at").asString());

        var shown = sender(w).get("/briefings/" + m.group(1) + "?sent=1");
        assertThat(shown.body()).contains("The briefing was delivered to every member of Council at the same moment",
                "Alert " + alertId, "Militia cells are being armed", "NO DISTRIBUTION BEYOND THE COUNCIL", "href=\"/signals/");
    }

    @Test
    void theFormShowsEachRefusalBesideItsFieldAndSendsNothing() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-refused"));
        var missing = sender(w).post("/briefings/new", form("situation", w.situation(), "group", "", "title", "", "text", "Caches."));
        assertThat(missing.statusCode()).isEqualTo(422);
        String html = missing.body();
        assertThat(html).contains("id=\"error-summary\"", "href=\"#group\"", "href=\"#title\"", "href=\"#label\"")
                .contains("id=\"title-error\"", "id=\"group-error\"", "id=\"label-error\"")
                .containsPattern("id=\"title\"[^>]*aria-describedby=\"title-error title-hint\"[^>]*aria-invalid=\"true\"")
                .contains(">Caches.</textarea>");

        var alert = senderApi(w).post("/api/alerts", """
                {"situation": "%s", "severity": "high", "explanation": "Lists of names", "label": "RED"}"""
                .formatted(w.situation()));
        assertThat(alert.status()).as(alert.body()).isEqualTo(201);
        var tooWide = sender(w).post("/briefings/new", form("situation", w.situation(), "group", "no-such-group", "title", "t",
                "text", "x", "label", "GREEN", "alert", alert.json().path("id").asString(), "evidence", "arms-1 no-such-signal"));
        assertThat(tooWide.statusCode()).isEqualTo(422);
        assertThat(tooWide.body()).contains("id=\"group-error\"", "is not a known group");
        var wider = sender(w).post("/briefings/new", form("situation", w.situation(), "group", w.council(), "title", "t",
                "text", "x", "label", "GREEN", "alert", alert.json().path("id").asString()));
        assertThat(wider.statusCode()).isEqualTo(422);
        assertThat(wider.body()).contains("id=\"label-error\"", "is wider than what it rests on allows (at most TLP:RED)");
        BriefingWorld other = BriefingWorld.create(api(), uniqueSituation("pages-other"));
        var elsewhere = senderApi(other).post("/api/briefings", """
                {"situation": "%s", "group": "%s", "title": "t", "text": "x", "label": "RED", "alert": %s}"""
                .formatted(other.situation(), other.council(), alert.json().path("id").asString()));
        assertThat(elsewhere.status()).as("an alert of another situation").isEqualTo(404);
        assertThat(elsewhere.errorFields()).containsExactly("alert");
        var unknownSignal = sender(w).post("/briefings/new", form("situation", w.situation(), "group", w.council(), "title", "t",
                "text", "x", "label", "AMBER", "evidence", "arms-1, no-such-signal"));
        assertThat(unknownSignal.body()).contains("id=\"evidence-error\"", "no-such-signal");
        // a sender of another situation names this one in the form: the situation in the form is checked, not only the role somewhere
        var stranger = sender(other).post("/briefings/new", form("situation", w.situation(), "group", w.council(),
                "title", "t", "text", "x", "label", "AMBER"));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("Your roles do not allow this here.");
        assertThat(briefingCount(w.situation())).isZero();
    }

    @Test
    void theSenderSeesEveryMembersReceiptWithThoseWhoHaveNotOpenedItMarked() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-receipts"));
        long id = w.brief(senderApi(w), "Caches");
        w.receipt(memberApi(w, "AA"), id, "open");
        w.receipt(memberApi(w, "AA"), id, "acknowledge");

        String html = sender(w).get("/briefings/" + id).body();
        assertThat(html).contains("id=\"receipts\"", "3 members: 1 opened, 1 acknowledged, 2 have not yet opened it.",
                "1 delivery is held for a disclosure conflict");
        assertThat(rowOf(html, w.member("AA"))).contains("class=\"opened\"").doesNotContain("Not yet opened");
        assertThat(rowOf(html, w.member("BB"))).contains("class=\"unopened\"", "Not yet opened");
        assertThat(rowOf(html, w.member("GV"))).contains("class=\"unopened\"", "Held");
        assertThat(html).contains("<th scope=\"row\"><span>Aland (Council)</span>");
        // only wider labels are offered for widening
        assertThat(html).contains("id=\"widen-CLEAR\"", "id=\"widen-GREEN\"").doesNotContain("id=\"widen-RED\"", "id=\"widen-AMBER\"");

        String member = member(w, "BB").get("/briefings/" + id).body();
        assertThat(member).doesNotContain("id=\"receipts\"").doesNotContain(w.member("AA")).contains("id=\"receipt\"");
        String outsider = outsider(w).get("/briefings/" + id).body();
        assertThat(outsider).doesNotContain("id=\"receipts\"").contains("You are not a recipient of this briefing.");
        var anonymous = nobody().get("/briefings/" + id);
        sentToSignIn(anonymous);
        assertThat(location(anonymous)).contains("next=");
    }

    private static String rowOf(String html, String recipient) {
        Matcher m = Pattern.compile("<tr class=\"[a-z]+\">\\s*<th scope=\"row\">(?:(?!</tr>).)*?" + Pattern.quote(recipient)
                + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of " + recipient).isTrue();
        return m.group();
    }

    @Test
    void aMemberOpensThenAcknowledgesFromThePageAndEachIsJournaledOnce() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-open"));
        long id = w.brief(senderApi(w), "Caches");
        var me = member(w, "BB");

        String before = me.get("/briefings/" + id).body();
        assertThat(before).contains("action=\"/briefings/" + id + "/open\"", "Open the briefing below to read it")
                .doesNotContain("the informant fears extermination");
        var opened = me.post("/briefings/" + id + "/open", Map.of());
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(location(opened)).endsWith("/briefings/" + id + "#receipt");
        String after = me.get("/briefings/" + id).body();
        assertThat(after).contains("the informant fears extermination", "action=\"/briefings/" + id + "/acknowledge\"")
                .doesNotContain("action=\"/briefings/" + id + "/open\"");
        assertThat(me.post("/briefings/" + id + "/open", Map.of()).statusCode()).as("opening twice changes nothing").isEqualTo(302);
        assertThat(me.post("/briefings/" + id + "/acknowledge", Map.of()).statusCode()).isEqualTo(302);
        assertThat(me.get("/briefings/" + id).body()).doesNotContain("action=\"/briefings/" + id + "/acknowledge\"");

        assertThat(jdbc.queryForList("select type from journal where situation = ? and subject = ? and actor = ? order by seq",
                String.class, w.situation(), "briefing:" + id, w.member("BB"))).containsExactly("briefing.opened", "briefing.acknowledged");

        // a desk officer of the situation may receive briefings, but this one was not sent to them
        var outsider = outsider(w).post("/briefings/" + id + "/open", Map.of());
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.body()).contains("You are not a recipient of this briefing.");
        var held = member(w, "GV");
        assertThat(held.get("/briefings/" + id).body()).contains("Your copy is held").doesNotContain("the informant fears");
        assertThat(held.post("/briefings/" + id + "/open", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void theSenderWidensTheLabelButNobodyNarrowsItAndNobodyElseWidensIt() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-label"));
        long id = w.brief(senderApi(w), "Caches");

        var narrower = sender(w).post("/briefings/" + id + "/label", form("label", "RED"));
        assertThat(narrower.statusCode()).isEqualTo(422);
        assertThat(narrower.body()).contains("id=\"label-error\"", "is narrower than the current TLP:AMBER");
        // a member of the body sends no briefings (their role); another desk officer did not send this one
        assertThat(member(w, "AA").post("/briefings/" + id + "/label", form("label", "GREEN")).statusCode()).isEqualTo(403);
        var notTheSender = outsider(w).post("/briefings/" + id + "/label", form("label", "GREEN"));
        assertThat(notTheSender.statusCode()).isEqualTo(403);
        assertThat(notTheSender.body()).contains("Only the sender of this briefing may change its label.");
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("AMBER");

        var widened = sender(w).post("/briefings/" + id + "/label", form("label", "GREEN"));
        assertThat(widened.statusCode()).isEqualTo(302);
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("GREEN");
        assertThat(jdbc.queryForList("select type from journal where situation = ? and subject = ? order by seq", String.class,
                w.situation(), "briefing:" + id))
                .contains("briefing.label_widened");
    }

    @Test
    void thePagesCarryTheConsolesSecurityHeadersAndFollowTheLanguageSwitch() throws Exception {
        for (String path : new String[]{"/briefings", "/briefings/new", "/journal", "/journal/knowledge"}) {
            var r = page(path + "?lang=fr");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path).contains("script-src 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.body()).as(path).contains("<html lang=\"fr\"").doesNotContain(" style=\"").doesNotContain("<script>");
        }
    }

    @Test
    void anUnknownBriefingIsA404PageInTheReadersLanguage() throws Exception {
        var r = page("/briefings/999999999", "Cookie", "tocsin-lang=fr");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Aucune note ne porte ce numéro.");
    }

    // ---- the journal ------------------------------------------------------------------------------

    @Test
    void theJournalShowsASituationsEntriesWithSequenceTimeTypeActorAndHashPrefix() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-journal"));
        long id = w.brief(senderApi(w), "Caches");
        w.receipt(memberApi(w, "AA"), id, "open");
        var delivered = jdbc.queryForMap("select seq, hash from journal where situation = ? and subject = ? and type = 'briefing.delivered'",
                w.situation(), "briefing:" + id);
        var opened = jdbc.queryForMap("select seq, hash from journal where situation = ? and subject = ? and type = 'briefing.opened'",
                w.situation(), "briefing:" + id);

        String html = page("/journal?situation=" + w.situation()).body();
        assertThat(html).contains("<tr id=\"entry-" + delivered.get("seq") + "\">", "<tr id=\"entry-" + opened.get("seq") + "\">")
                .contains(">" + ((String) delivered.get("hash")).substring(0, 12) + "</code>", "title=\"" + delivered.get("hash") + "\"")
                .contains("<code>briefing.delivered</code>", "<code>briefing.opened</code>", "<code>signal.received</code>")
                .contains("<span>Aland (Council)</span>", "href=\"/briefings/" + id + "\"", "Briefing " + id)
                .contains("<th scope=\"col\"", "<th scope=\"row\"");
        assertThat(html.indexOf("entry-" + delivered.get("seq"))).as("oldest first").isLessThan(html.indexOf("entry-" + opened.get("seq")));
    }

    @Test
    void theTimelineIsFilteredByTypeAndPagedFiftyEntriesAtATime() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-paging"));
        for (int i = 0; i < 55; i++) {
            var r = api().post("/api/signals", """
                    {"situation": "%s", "id": "s-%d", "date": "1994-02-01", "kind": "field_report", "source": "Observer",
                     "source_id": "observer", "source_type": "un_field", "reliability": "C", "credibility": "3", "summary": "Report %d"}"""
                    .formatted(w.situation(), i, i));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        long id = w.brief(senderApi(w), "Caches");

        String filtered = page("/journal?situation=" + w.situation() + "&type=briefing.delivered").body();
        assertThat(filtered).contains("<code>briefing.delivered</code>").doesNotContain("<code>signal.received</code>")
                .contains("<option value=\"briefing.delivered\" selected=\"selected\">briefing.delivered (1)</option>")
                .contains("<option value=\"signal.received\">signal.received (56)</option>");

        String first = page("/journal?situation=" + w.situation() + "&type=signal.received").body();
        assertThat(count(first, "<tr id=\"entry-")).isEqualTo(50);
        assertThat(first).contains("56 entries of type signal.received").doesNotContain("Earlier entries");
        Matcher later = Pattern.compile("href=\"(/journal\\?[^\"]*after=\\d+[^\"]*#entries)\">Later entries").matcher(first);
        assertThat(later.find()).isTrue();
        String second = page(later.group(1).replace("&amp;", "&")).body();
        assertThat(count(second, "<tr id=\"entry-")).isEqualTo(6);
        assertThat(second).contains("Earlier entries").doesNotContain("Later entries").doesNotContain("<code>briefing.delivered</code>");
        assertThat(page("/journal?situation=" + w.situation() + "&type=not%20a%20type").statusCode()).isEqualTo(400);
        assertThat(id).isPositive();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void theVerificationStatusSaysUpToWhichEntryTheChainIsIntactAndItsLastSignedCheckpoint() throws Exception {
        var checkpoint = journal.checkpointHead().orElseThrow();
        String html = page("/journal?recheck=1").body();
        Matcher ok = Pattern.compile("Intact: verified up to entry ([\\d,]+)\\.").matcher(html);
        assertThat(ok.find()).as(html).isTrue();
        assertThat(Long.parseLong(ok.group(1).replace(",", ""))).isGreaterThanOrEqualTo(checkpoint.seq());
        assertThat(html).containsPattern("Last signed checkpoint: entry [\\d,]+, signed .* UTC with key ed25519:[0-9a-f]{32}\\.")
                .contains("href=\"/api/journal/public-key\"", "./tocsin journal verify");
        assertThat(page("/journal?lang=fr").body()).contains("Le journal est-il intact ?", "Intact : vérifié jusqu");
    }

    @Test
    void whoKnewWhatSaysWhenEachLearnedOfTheSeriousRiskOfGenocideFromAFindingOrABriefingNamingIt() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-risk"));
        // the sender records it, as a decision-maker of the situation, with the outsider as co-signer
        var d = as(w.sender(), w.situation(), Role.DECISION_MAKER).post("/api/situations/" + w.situation() + "/determinations", """
                {"type": "SERIOUS_RISK_OF_GENOCIDE", "co_signers": ["%s"],
                 "elements": [
                   {"element": "GEN-G1", "status": "established", "reasoning": "an ethnic group on identity cards", "evidence": ["arms-1"]},
                   {"element": "GEN-G2", "status": "established", "reasoning": "lists of names are drawn up", "evidence": ["arms-1"]},
                   {"element": "GEN-A(a)", "status": "established", "reasoning": "killings are announced", "evidence": ["arms-1"]},
                   {"element": "GEN-I", "status": "established", "reasoning": "a plan to exterminate", "evidence": ["arms-1"]},
                   {"element": "GEN-P", "status": "established", "reasoning": "the group in the capital first", "evidence": ["arms-1"]}]}"""
                .formatted(w.outsider()));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        long determination = d.json().path("id").asLong();
        w.brief(senderApi(w), "Serious risk of genocide: see determination:" + determination);

        String html = page("/journal/knowledge?situation=" + w.situation()).body();
        String risk = html.substring(html.indexOf("id=\"serious-risk\""), html.indexOf("id=\"who\""));
        assertThat(risk).contains("Desk officer " + w.sender(), "Desk officer " + w.outsider(), "Aland (Council)", "Bland (Council)")
                .contains("through an established finding (determination:" + determination + ")")
                .contains("<code>determination.recorded</code>", "<code>briefing.delivered</code>")
                .doesNotContain("Governia");
    }

    @Test
    void whoKnewWhatShowsWhatEachPersonHadReceivedOpenedAndActedOnByTheChosenDay() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-knew"));
        long id = w.brief(senderApi(w), "Caches");
        w.receipt(memberApi(w, "AA"), id, "open");
        w.receipt(memberApi(w, "AA"), id, "acknowledge");
        long opened = jdbc.queryForObject("select seq from journal where situation = ? and subject = ? and type = 'briefing.opened'", Long.class,
                w.situation(), "briefing:" + id);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        String html = page("/journal/knowledge?situation=" + w.situation() + "&at=" + today).body();
        assertThat(html).contains("value=\"" + today + "\"", "<label for=\"at\">")
                .contains("Aland (Council)", "Bland (Council)", "Desk officer " + w.sender(), "Sits on: Council")
                .contains("href=\"/journal?situation=" + w.situation() + "&amp;after=" + (opened - 1) + "#entry-" + opened + "\"")
                .contains("<code>briefing.opened</code>", "<code>briefing.acknowledged</code>", "<code>briefing.delivered</code>")
                .contains("from Desk officer " + w.sender());
        // Governia's copy is held: she received nothing
        assertThat(html).doesNotContain("Governia");

        String before = page("/journal/knowledge?situation=" + w.situation() + "&at=1990-01-01").body();
        assertThat(before).contains("Nobody had received anything about this situation by then.").doesNotContain("Aland");

        assertThat(html).contains("When each learned of the serious risk of genocide",
                "By then, no finding of a serious risk of genocide, and no such determination falling due, had reached anyone.");

        var bad = page("/journal/knowledge?situation=" + w.situation() + "&at=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"at-error\"", "must be a date", "aria-invalid=\"true\"");
        assertThat(page("/journal/knowledge?situation=" + w.situation() + "&lang=fr").body()).contains("Qui savait quoi, et quand", "Siège à");
    }
}
