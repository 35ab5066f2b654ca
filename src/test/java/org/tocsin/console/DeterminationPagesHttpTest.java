package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.intake.SignalKey;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The determination pages over plain HTTP: the demo's determinations due with their deadline and what
 * the evidence pre-fills; a recorded determination as its element grid, with the evidence behind each
 * cell and the computed conclusion; the obligations that follow; journaling, escaping, errors, French;
 * who may read them. Pages are read as {@link #SUPERUSER} (a bearer token, as the console accepts), so
 * that these tests are about the pages; the authorization matrix is about every role.
 */
class DeterminationPagesHttpTest extends IntegrationTest {

    static final String RWANDA = "/situations/rwanda-1993-1994";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return getWith(tokenFor(SUPERUSER, null, null), path, headers);
    }

    /** A GET with this bearer token, or with no credentials at all when it is null. */
    private HttpResponse<String> getWith(String token, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (headers.length > 0) b.headers(headers);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The January 1994 serious-risk determination, recorded by its author, an analyst of the situation. */
    private long recordSeriousRisk(String situation) {
        return January1994.recordSeriousRisk(as(January1994.AUTHOR, situation, Role.ANALYST), situation);
    }

    private static String uid(String situation, String id) {
        return new SignalKey(situation, id).uuid().toString();
    }

    @Test
    void theDemoSituationsPageShowsTheSeriousRiskDeterminationDueWithItsDeadlineAndWhatTheEvidencePrefills() throws Exception {
        var r = get(RWANDA + "/determinations");

        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("<h1><span>Determinations</span>", "Rwanda 1993–94", "Determinations due");
        assertThat(page).contains("<span lang=\"en\">Serious risk of genocide</span>", "To be determined by", "UTC");
        assertThat(page).contains("What the evidence pre-fills, and what is left for a person");
        // the elements the evidence bears on, and the ones it cannot reach, which a person must examine
        assertThat(page).containsPattern("<span class=\"code\">GEN-I</span> <span lang=\"en\">Specific intent");
        assertThat(page).containsPattern("Left for a person:</strong>\\s*<span class=\"code\">GEN-G1</span>");
        assertThat(page).contains("It never sets a status");
        // each triggering signal is a link to its page
        assertThat(page).containsPattern("href=\"/signals/[0-9a-f-]{36}\">rw-\\d+</a>");
        assertThat(page).contains("No determination has been recorded for this situation.");
        // the situation page links here
        assertThat(get(RWANDA).body()).contains("href=\"" + RWANDA + "/determinations\"", "href=\"" + RWANDA + "/force\"");
    }

    @Test
    void aRecordedDeterminationShowsEveryElementTheEvidenceBehindEachCellAndTheComputedConclusion() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-grid"));
        long id = recordSeriousRisk(s);

        var r = get("/situations/" + s + "/determinations/" + id);

        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        // the conclusion, prominent and explained by the conjunction rule
        assertThat(page).contains("class=\"conclusion-badge big conclusion-established\">Established</span>");
        assertThat(page).contains("Established at Serious risk (SOP-RISK): there is a serious risk that genocide will be committed.");
        assertThat(page).contains("A crime is established only if every required element is established");
        assertThat(page).containsPattern("(?s)class=\"conjuncts stack\">.*GEN-A</span>.*status-established");
        // one row per element of the type, the group of listed acts under its own row
        for (String e : new String[] {"GEN-G1", "GEN-G2", "GEN-A", "GEN-A(a)", "GEN-A(b)", "GEN-A(c)", "GEN-A(d)", "GEN-A(e)", "GEN-I",
                "GEN-P", "GEN-C"}) {
            assertThat(page).as(e).contains("id=\"el-" + e + "\"");
        }
        assertThat(page).containsPattern("(?s)id=\"el-GEN-A\\(b\\)\".*?status-unaddressed\">unaddressed</span>");
        // the intent cell: its standard, the rules relied on with their texts, the signals with the note
        String intent = page.substring(page.indexOf("id=\"el-GEN-I\""), page.indexOf("id=\"el-GEN-P\""));
        assertThat(intent).contains("status-established", "<code>SOP-RISK</code>", "INF-6", "INF-9", "a plan to exterminate");
        assertThat(intent).contains("href=\"/signals/" + uid(s, "rw-016") + "\">rw-016</a>", "<em>lists and training</em>", "supports");
        // what the evidence had pre-filled when it fell due, and what was left for a person
        assertThat(intent).containsPattern("class=\"suggested\">\\s*<span class=\"code\"[^>]*>RF");
        String group = page.substring(page.indexOf("id=\"el-GEN-G1\""), page.indexOf("id=\"el-GEN-G2\""));
        assertThat(group).contains("nothing: left for a person");
        // signatures, dates, the alternative considered
        assertThat(page).contains("jmac-analyst", "force-commander", "political-adviser",
                "The informant is unproven; I would wait for the arms caches.", "Jan 12, 1994");
        assertThat(page).contains("Civil-defence preparations against the RPF", "the lists name Tutsi civilians in Kigali, not combatants");
        // the obligation it opened, with its owner
        assertThat(page).contains("OBL-GC-PREVENT", "headquarters-desk");
    }

    @Test
    void anIndeterminateDeterminationNamesTheElementsNobodyExamined() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-indeterminate"));
        var recorded = as("coi-member", s, Role.ANALYST).post("/api/situations/" + s + "/determinations", """
                {"type": "GENOCIDE", "note": "acts of genocide may have occurred",
                 "elements": [{"element": "GEN-A(a)", "status": "established", "reasoning": "massacres at two parishes", "evidence": ["rw-017"]}]}""");
        assertThat(recorded.status()).isEqualTo(201);

        String page = get("/situations/" + s + "/determinations/" + recorded.json().path("id").asLong()).body();

        assertThat(page).contains("conclusion-indeterminate\">Indeterminate</span>");
        assertThat(page).contains("the answer is neither yes nor no");
        assertThat(page).containsPattern("Unaddressed, nobody has examined them yet:</strong>\\s*<span>GEN-G1, GEN-G2, GEN-I, GEN-P</span>");
        // the hedged note is flagged, apart from the conclusion
        assertThat(page).contains("the note says &#39;acts of genocide&#39;");
    }

    @Test
    void theListShowsTheAnsweredDueItemTheRecordedDeterminationAndTheObligationsThatFollowWithTheirOwners() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-list"));
        String before = get("/situations/" + s + "/determinations").body();
        assertThat(before).contains("1 determination due");
        long id = recordSeriousRisk(s);

        String page = get("/situations/" + s + "/determinations").body();

        assertThat(page).contains("No determination due", "1 recorded");
        assertThat(page).contains(">answered</span>", "Answered by");
        assertThat(page).contains("href=\"/situations/" + s + "/determinations/" + id + "\">determination " + id + "</a>");
        assertThat(page).contains("conclusion-established\">Established</span>");
        String obligations = page.substring(page.indexOf("id=\"obligations\""));
        assertThat(obligations).contains("OBL-GC-PREVENT", "OPT-GC-VIII", "Legal obligation", "Option", "headquarters-desk", ">open</span>");
    }

    @Test
    void openingADeterminationIsJournaledForTheWhoKnewReport() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-viewed"));
        long id = recordSeriousRisk(s);

        assertThat(get("/situations/" + s + "/determinations/" + id).statusCode()).isEqualTo(200);

        long deadline = System.nanoTime() + 10_000_000_000L;     // views are written in batches, within a second
        long n = 0;
        while (n == 0 && System.nanoTime() < deadline) {
            n = jdbc.queryForObject("select count(*) from journal where type = 'determination.viewed' and subject = ? "
                    + "and details->>'via' = 'console'", Long.class, "determination:" + id);
            if (n == 0) Thread.sleep(100);
        }
        assertThat(n).isPositive();
    }

    @Test
    void markupInAFindingIsShownAsText() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-escaped"));
        var recorded = as("coi-member", s, Role.ANALYST).post("/api/situations/" + s + "/determinations", """
                {"type": "GENOCIDE",
                 "dissents": [{"person": "x", "text": "<img src=x onerror=alert(2)>"}],
                 "elements": [{"element": "GEN-A(a)", "status": "established", "reasoning": "<script>alert(1)</script>"}]}""");
        assertThat(recorded.status()).isEqualTo(201);

        String page = get("/situations/" + s + "/determinations/" + recorded.json().path("id").asLong()).body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
        assertThat(page).doesNotContain("<script>alert(1)", "<img src=x");
    }

    @Test
    void anUnknownDeterminationIsA404PageInTheReadersLanguage() throws Exception {
        var fr = get(RWANDA + "/determinations/999999999", "Cookie", "tocsin-lang=fr");
        assertThat(fr.statusCode()).isEqualTo(404);
        assertThat(fr.body()).contains("Aucune qualification portant ce numéro n&#39;est enregistrée pour cette situation.");
        assertThat(get(RWANDA + "/determinations/not-a-number").statusCode()).isEqualTo(404);
        assertThat(get("/situations/nowhere-at-all/determinations").statusCode()).isEqualTo(404);
    }

    @Test
    void thePagesSpeakFrench() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-fr"));
        long id = recordSeriousRisk(s);

        String list = get("/situations/" + s + "/determinations?lang=fr").body();
        String grid = get("/situations/" + s + "/determinations/" + id, "Cookie", "tocsin-lang=fr").body();

        assertThat(list).contains("<html lang=\"fr\"", "Qualifications juridiques", "Obligations qui en découlent", "Obligation juridique");
        assertThat(grid).contains("Établi</span>", "Élément par élément", "établi</span>", "non examiné</span>", "12 janv. 1994");
        // the catalogue's legal texts exist only in English, and say so
        assertThat(grid).contains("<span lang=\"en\">Serious risk of genocide</span>");
    }

    @Test
    void theyAreReadOnlyByThoseWhoseRoleInTheSituationAllowsAndAnonymousReadersAreSentToSignIn() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-who-reads"));
        long id = recordSeriousRisk(s);
        String list = "/situations/" + s + "/determinations", grid = list + "/" + id;

        var anonymous = getWith(null, grid);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login?next=");

        // a Council member reads them; a reporter of the same situation does not
        String member = tokenFor("council-reader-" + s, s, new Role[] {Role.COUNCIL_MEMBER});
        assertThat(getWith(member, grid).body()).contains("conclusion-established\">Established</span>");
        String reporter = tokenFor("reporter-" + s, s, new Role[] {Role.REPORTER});
        for (String path : new String[] {list, grid}) {
            var refused = getWith(reporter, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).doesNotContain("Serious risk of genocide");
        }
        // roles in another situation give nothing here
        String elsewhere = tokenFor("analyst-elsewhere-" + s, "rwanda-1993-1994", new Role[] {Role.ANALYST});
        assertThat(getWith(elsewhere, grid).statusCode()).isEqualTo(403);
    }

    @Test
    void theEvidenceBehindACellShowsOnlyWhatTheReaderMayReadOfEachSignal() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("console-need-to-know"));
        var red = api().post("/api/signals", """
                {"situation": "%s", "id": "cable-red", "kind": "diplomatic_cable", "source": "HQ", "source_type": "un_hq", "reliability": "A",
                 "credibility": "2", "date": "1994-01-11", "summary": "The informant lives behind the MRND office", "label": "RED"}""".formatted(s));
        assertThat(red.status()).as(red.body()).isEqualTo(201);
        var recorded = as("coi-member", s, Role.ANALYST).post("/api/situations/" + s + "/determinations", """
                {"type": "GENOCIDE", "elements": [{"element": "GEN-A(a)", "status": "established", "reasoning": "massacres",
                  "evidence": ["cable-red", "rw-017"]}]}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String grid = "/situations/" + s + "/determinations/" + recorded.json().path("id").asLong();

        // an analyst reads the situation's RED intake; a Council member reads up to AMBER, and the cell does not quote the cable
        assertThat(get(grid).body()).contains("The informant lives behind the MRND office");
        String member = getWith(tokenFor("council-reader-" + s, s, new Role[] {Role.COUNCIL_MEMBER}), grid).body();
        assertThat(member).contains("id=\"el-GEN-A(a)\"", "massacres").doesNotContain("The informant lives behind the MRND office");
        // nor does the API's grid
        String path = "/api/situations/" + s + "/determinations/" + recorded.json().path("id").asLong();
        assertThat(api().get(path).body()).contains("The informant lives behind the MRND office");
        var viaApi = as("council-reader-" + s, s, Role.COUNCIL_MEMBER).get(path);
        assertThat(viaApi.status()).isEqualTo(200);
        assertThat(viaApi.body()).contains("cable-red").doesNotContain("The informant lives behind the MRND office");
    }
}
