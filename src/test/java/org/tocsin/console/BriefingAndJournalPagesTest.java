package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tocsin.audit.JournalStore;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing and journal pages. What an anonymous reader gets is asked over real HTTP; what a person
 * does (send, open, acknowledge, widen) is asked through the same dispatcher with a signed-in principal
 * ({@link #as}), since until sign-in exists nothing over HTTP carries one. The forms carry no actor: the
 * person is the principal, and an {@code actor} field sent anyway is ignored.
 */
class BriefingAndJournalPagesTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    WebApplicationContext web;

    @Autowired
    JournalStore journal;

    private HttpResponse<String> page(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private MockMvc mvc;

    /** The console as a signed-in person: the principal is the person's id in the directory. */
    private Person as(String person) {
        if (mvc == null) mvc = MockMvcBuilders.webAppContextSetup(web).build();
        return new Person(mvc, () -> person);
    }

    private record Person(MockMvc mvc, Principal principal) {
        MockHttpServletResponse get(String path) throws Exception {
            return send(MockMvcRequestBuilders.get(path));
        }

        MockHttpServletResponse post(String path, Map<String, String> form) throws Exception {
            MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(path);
            form.forEach(b::param);
            return send(b);
        }

        private MockHttpServletResponse send(MockHttpServletRequestBuilder b) throws Exception {
            MockHttpServletResponse r = mvc.perform(b.principal(principal)).andReturn().getResponse();
            r.setCharacterEncoding("UTF-8");
            return r;
        }
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
        long id = w.brief(api(), "Arms caches <script>alert(1)</script><img src=x onerror=alert(2)>");

        var r = page("/briefings?situation=" + w.situation());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/briefings/" + id + "\"", "TLP:AMBER", "need-to-know", "Desk officer " + w.sender(), "Council")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("<th scope=\"col\"");
        assertThat(page("/briefings").body()).contains("<select id=\"situation\" name=\"situation\"");
        assertThat(page("/briefings?situation=no-such-situation").statusCode()).isEqualTo(404);
    }

    @Test
    void theComposeFormOffersTheGroupsTheAlertsAndEveryLabelWithItsMeaningButNoActorField() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-form"));
        var alert = api().post("/api/alerts", """
                {"actor": "%s", "situation": "%s", "severity": "critical", "explanation": "Grenade attacks nightly", "label": "AMBER"}"""
                .formatted(w.sender(), w.situation()));
        assertThat(alert.status()).as(alert.body()).isEqualTo(201);
        long alertId = alert.json().path("id").asLong();

        String html = page("/briefings/new?situation=" + w.situation()).body();
        assertThat(html).contains("action=\"/briefings/new\"", "<option value=\"" + w.council() + "\">Council (3 members)</option>",
                "<option value=\"" + alertId + "\">Alert " + alertId + " · Critical · TLP:AMBER · Grenade attacks nightly</option>",
                "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER+STRICT", "TLP:RED", "the named recipients only",
                "<label for=\"title\">", "<label for=\"group\">", "<label for=\"alert\">", "<legend>")
                .doesNotContain("name=\"actor\"")
                .contains("You are not signed in");
        String french = page("/briefings/new?situation=" + w.situation() + "&lang=fr").body();
        assertThat(french).contains("Envoyer une note d", "les destinataires nommés uniquement");
        assertThat(page("/briefings/new").body()).contains("<select id=\"situation\" name=\"situation\"");
    }

    @Test
    void withoutASignedInPersonNothingIsSentAndAnActorFieldIsNoSubstitute() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-anon"));
        var r = postForm("/briefings/new", form("situation", w.situation(), "actor", w.sender(), "group", w.council(),
                "title", "Caches", "text", "Caches reported.", "label", "AMBER"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("You must be signed in");
        assertThat(briefingCount(w.situation())).isZero();

        long id = w.brief(api(), "Caches");
        assertThat(postForm("/briefings/" + id + "/open", form("actor", w.member("AA"))).statusCode()).isEqualTo(401);
        assertThat(postForm("/briefings/" + id + "/label", form("actor", w.sender(), "label", "GREEN")).statusCode()).isEqualTo(401);
        assertThat(api().get("/api/briefings/" + id + "/receipts?actor=" + w.sender()).json().path("receipts").findValues("opened_at"))
                .allMatch(n -> n.isNull());
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("AMBER");
    }

    @Test
    void aSignedInSenderBriefsEveryMemberAtOnceFromTheFormAboutAnAlert() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-send"));
        var alert = api().post("/api/alerts", """
                {"actor": "%s", "situation": "%s", "severity": "high", "explanation": "Militia cells are being armed", "label": "AMBER"}"""
                .formatted(w.sender(), w.situation()));
        long alertId = alert.json().path("id").asLong();

        var r = as(w.sender()).post("/briefings/new", form("situation", w.situation(), "actor", w.outsider(), "group", w.council(),
                "title", "Arms caches in Kigali", "text", "The Force Commander reports caches.", "label", "AMBER",
                "marking", "NO DISTRIBUTION BEYOND THE COUNCIL", "alert", String.valueOf(alertId), "evidence", "arms-1"));
        assertThat(r.getStatus()).isEqualTo(302);
        Matcher m = Pattern.compile("/briefings/(\\d+)\\?sent=1$").matcher(r.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        var sent = api().get("/api/briefings/" + m.group(1)).json();
        assertThat(sent.path("sender").asString()).as("the principal, not the actor field").isEqualTo(w.sender());
        assertThat(sent.path("alert").asLong()).isEqualTo(alertId);
        assertThat(sent.path("evidence").get(0).asString()).isEqualTo("arms-1");
        var receipts = api().get("/api/briefings/" + m.group(1) + "/receipts?actor=" + w.sender()).json().path("receipts");
        assertThat(receipts).hasSize(3);
        assertThat(receipts.findValuesAsString("created_at")).containsOnly(sent.path("delivered_at").asString());

        var shown = as(w.sender()).get("/briefings/" + m.group(1) + "?sent=1");
        assertThat(shown.getContentAsString()).contains("The briefing was delivered to every member of Council at the same moment",
                "Alert " + alertId, "Militia cells are being armed", "NO DISTRIBUTION BEYOND THE COUNCIL", "href=\"/signals/");
    }

    @Test
    void theFormShowsEachRefusalBesideItsFieldAndSendsNothing() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-refused"));
        var missing = as(w.sender()).post("/briefings/new", form("situation", w.situation(), "group", "", "title", "", "text", "Caches."));
        assertThat(missing.getStatus()).isEqualTo(422);
        String html = missing.getContentAsString();
        assertThat(html).contains("id=\"error-summary\"", "href=\"#group\"", "href=\"#title\"", "href=\"#label\"")
                .contains("id=\"title-error\"", "id=\"group-error\"", "id=\"label-error\"")
                .containsPattern("id=\"title\"[^>]*aria-describedby=\"title-error title-hint\"[^>]*aria-invalid=\"true\"")
                .contains(">Caches.</textarea>");

        var alert = api().post("/api/alerts", """
                {"actor": "%s", "situation": "%s", "severity": "high", "explanation": "Lists of names", "label": "RED"}"""
                .formatted(w.sender(), w.situation()));
        var tooWide = as(w.sender()).post("/briefings/new", form("situation", w.situation(), "group", "no-such-group", "title", "t",
                "text", "x", "label", "GREEN", "alert", alert.json().path("id").asString(), "evidence", "arms-1 no-such-signal"));
        assertThat(tooWide.getStatus()).isEqualTo(422);
        assertThat(tooWide.getContentAsString()).contains("id=\"group-error\"", "is not a known group");
        var wider = as(w.sender()).post("/briefings/new", form("situation", w.situation(), "group", w.council(), "title", "t",
                "text", "x", "label", "GREEN", "alert", alert.json().path("id").asString()));
        assertThat(wider.getStatus()).isEqualTo(422);
        assertThat(wider.getContentAsString()).contains("id=\"label-error\"", "is wider than what it rests on allows (at most TLP:RED)");
        BriefingWorld other = BriefingWorld.create(api(), uniqueSituation("pages-other"));
        var elsewhere = api().post("/api/briefings", """
                {"actor": "%s", "situation": "%s", "group": "%s", "title": "t", "text": "x", "label": "RED", "alert": %s}"""
                .formatted(other.sender(), other.situation(), other.council(), alert.json().path("id").asString()));
        assertThat(elsewhere.status()).as("an alert of another situation").isEqualTo(404);
        assertThat(elsewhere.errorFields()).containsExactly("alert");
        var unknownSignal = as(w.sender()).post("/briefings/new", form("situation", w.situation(), "group", w.council(), "title", "t",
                "text", "x", "label", "AMBER", "evidence", "arms-1, no-such-signal"));
        assertThat(unknownSignal.getContentAsString()).contains("id=\"evidence-error\"", "no-such-signal");
        var stranger = as("nobody-in-the-directory").post("/briefings/new", form("situation", w.situation(), "group", w.council(),
                "title", "t", "text", "x", "label", "AMBER"));
        assertThat(stranger.getStatus()).isEqualTo(422);
        assertThat(stranger.getContentAsString()).contains("Your account is not in the directory of people");
        assertThat(briefingCount(w.situation())).isZero();
    }

    @Test
    void theSenderSeesEveryMembersReceiptWithThoseWhoHaveNotOpenedItMarked() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-receipts"));
        long id = w.brief(api(), "Caches");
        w.receipt(api(), id, "AA", "open");
        w.receipt(api(), id, "AA", "acknowledge");

        String html = as(w.sender()).get("/briefings/" + id).getContentAsString();
        assertThat(html).contains("id=\"receipts\"", "3 members: 1 opened, 1 acknowledged, 2 have not yet opened it.",
                "1 delivery is held for a disclosure conflict");
        assertThat(rowOf(html, w.member("AA"))).contains("class=\"opened\"").doesNotContain("Not yet opened");
        assertThat(rowOf(html, w.member("BB"))).contains("class=\"unopened\"", "Not yet opened");
        assertThat(rowOf(html, w.member("GV"))).contains("class=\"unopened\"", "Held");
        assertThat(html).contains("<th scope=\"row\"><span>Aland (Council)</span>");
        // only wider labels are offered for widening
        assertThat(html).contains("id=\"widen-CLEAR\"", "id=\"widen-GREEN\"").doesNotContain("id=\"widen-RED\"", "id=\"widen-AMBER\"");

        String member = as(w.member("BB")).get("/briefings/" + id).getContentAsString();
        assertThat(member).doesNotContain("id=\"receipts\"").doesNotContain(w.member("AA")).contains("id=\"receipt\"");
        String outsider = as(w.outsider()).get("/briefings/" + id).getContentAsString();
        assertThat(outsider).doesNotContain("id=\"receipts\"").contains("You are not a recipient of this briefing.");
        assertThat(page("/briefings/" + id).body()).doesNotContain("id=\"receipts\"").contains("Sign in to see your receipt.");
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
        long id = w.brief(api(), "Caches");
        var me = as(w.member("BB"));

        String before = me.get("/briefings/" + id).getContentAsString();
        assertThat(before).contains("action=\"/briefings/" + id + "/open\"", "Open the briefing below to read it")
                .doesNotContain("the informant fears extermination");
        var opened = me.post("/briefings/" + id + "/open", Map.of());
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).isEqualTo("/briefings/" + id + "#receipt");
        String after = me.get("/briefings/" + id).getContentAsString();
        assertThat(after).contains("the informant fears extermination", "action=\"/briefings/" + id + "/acknowledge\"")
                .doesNotContain("action=\"/briefings/" + id + "/open\"");
        assertThat(me.post("/briefings/" + id + "/open", Map.of()).getStatus()).as("opening twice changes nothing").isEqualTo(302);
        assertThat(me.post("/briefings/" + id + "/acknowledge", Map.of()).getStatus()).isEqualTo(302);
        assertThat(me.get("/briefings/" + id).getContentAsString()).doesNotContain("action=\"/briefings/" + id + "/acknowledge\"");

        assertThat(jdbc.queryForList("select type from journal where situation = ? and subject = ? and actor = ? order by seq",
                String.class, w.situation(), "briefing:" + id, w.member("BB"))).containsExactly("briefing.opened", "briefing.acknowledged");

        var outsider = as(w.outsider()).post("/briefings/" + id + "/open", Map.of());
        assertThat(outsider.getStatus()).isEqualTo(403);
        assertThat(outsider.getContentAsString()).contains("You are not a recipient of this briefing.");
        var held = as(w.member("GV"));
        assertThat(held.get("/briefings/" + id).getContentAsString()).contains("Your copy is held").doesNotContain("the informant fears");
        assertThat(held.post("/briefings/" + id + "/open", Map.of()).getStatus()).isEqualTo(409);
    }

    @Test
    void theSenderWidensTheLabelButNobodyNarrowsItAndNobodyElseWidensIt() throws Exception {
        BriefingWorld w = BriefingWorld.create(api(), uniqueSituation("pages-label"));
        long id = w.brief(api(), "Caches");

        var narrower = as(w.sender()).post("/briefings/" + id + "/label", form("label", "RED"));
        assertThat(narrower.getStatus()).isEqualTo(422);
        assertThat(narrower.getContentAsString()).contains("id=\"label-error\"", "is narrower than the current TLP:AMBER");
        assertThat(as(w.member("AA")).post("/briefings/" + id + "/label", form("label", "GREEN")).getStatus()).isEqualTo(403);
        assertThat(api().get("/api/briefings/" + id).json().path("label").asString()).isEqualTo("AMBER");

        var widened = as(w.sender()).post("/briefings/" + id + "/label", form("label", "GREEN"));
        assertThat(widened.getStatus()).isEqualTo(302);
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
        long id = w.brief(api(), "Caches");
        w.receipt(api(), id, "AA", "open");
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
        long id = w.brief(api(), "Caches");

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
        var d = api().post("/api/situations/" + w.situation() + "/determinations", """
                {"type": "SERIOUS_RISK_OF_GENOCIDE", "author": "%s", "co_signers": ["%s"],
                 "elements": [
                   {"element": "GEN-G1", "status": "established", "reasoning": "an ethnic group on identity cards", "evidence": ["arms-1"]},
                   {"element": "GEN-G2", "status": "established", "reasoning": "lists of names are drawn up", "evidence": ["arms-1"]},
                   {"element": "GEN-A(a)", "status": "established", "reasoning": "killings are announced", "evidence": ["arms-1"]},
                   {"element": "GEN-I", "status": "established", "reasoning": "a plan to exterminate", "evidence": ["arms-1"]},
                   {"element": "GEN-P", "status": "established", "reasoning": "the group in the capital first", "evidence": ["arms-1"]}]}"""
                .formatted(w.sender(), w.outsider()));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        long determination = d.json().path("id").asLong();
        w.brief(api(), "Serious risk of genocide: see determination:" + determination);

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
        long id = w.brief(api(), "Caches");
        w.receipt(api(), id, "AA", "open");
        w.receipt(api(), id, "AA", "acknowledge");
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
