package org.tocsin.console;

import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protection-capacity page over plain HTTP, on the Rwanda demo's force (UNAMIR 1994): the force on a
 * chosen day with every figure's range and confidence, the protected sites on the situation's map, the
 * changes the force file records with their impact, a what-if assessed before anyone decides, and a
 * change put on record shown as pending with the impact the deciders saw; who may see it. Pages are read
 * as {@link #SUPERUSER} (a bearer token, as the console accepts), so that these tests are about the page.
 */
class ForcePageHttpTest extends IntegrationTest {

    static final String FORCE = "/situations/rwanda-1993-1994/force";

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

    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void theForceOn7April1994ShowsEachContingentsStrengthWithItsRangeAndConfidence() throws Exception {
        var r = get(FORCE + "?on=1994-04-07");

        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("<h1><span>Protection capacity</span>", "On April 7, 1994");
        // the whole force, as last reported, with the units summed beside it as a cross-check
        assertThat(page).contains("2,519", "UNAMIR_TOTAL as last reported on 1994-04-07", "Cross-check, the units that day:");
        String belgians = row(page, "contingent-BEL_KIBAT");
        assertThat(belgians).contains("Belgium", "440", "(420–450)", "confidence-medium\">medium confidence</span>", "R_0413");
        assertThat(belgians).contains("Guards:</span> <span>ETO</span>");
        // strength over time: a chart with a text alternative, and the figures as text
        assertThat(belgians).contains("class=\"strength-chart\"", "aria-label=\"Strength of BEL_KIBAT over time, from 0 to 450; 4 figures");
        assertThat(belgians).contains("1994-04-19</time>:");
        // the whole mission is not a unit that withdraws: the what-if offers units only
        assertThat(page).contains("<option value=\"BGD\">BGD</option>").doesNotContain("<option value=\"UNAMIR_TOTAL\">");
    }

    @Test
    void theProtectedSitesAreOnTheSituationsMapWithThePeopleShelteringAndTheirGuard() throws Exception {
        String page = get(FORCE + "?on=1994-04-11").body();

        // the country as on the situation page, a frame, and a close-up where the Kigali sites can be told apart
        assertThat(page).contains("class=\"signal-map country-panel\"", "class=\"country focus\"", "class=\"detail-frame\"");
        assertThat(page).contains("class=\"signal-map detail-panel\"", ">ETO · 2,000 · BEL_KIBAT</text>");
        assertThat(page).containsPattern("<circle cx=\"[\\d.]+\" cy=\"[\\d.]+\" r=\"[\\d.]+\" class=\"site-marker guard-guarded\"");
        assertThat(page).contains("Without coordinates (not drawn):", "MERIDIEN");
        String eto = row(page, "site-ETO");
        assertThat(eto).contains("2,000", "(2,000–4,000)", "high confidence", "guard-guarded\">guarded</span>", "BEL_KIBAT, 92 (90–100) troops");
        // the next day the Belgians had left it: no guard
        assertThat(row(get(FORCE + "?on=1994-04-12").body(), "site-ETO")).contains("guard-unguarded\">no guard</span>");
    }

    @Test
    void theChangesTheForceFileRecordsComeWithTheirImpactAsItStoodThatDay() throws Exception {
        String page = get(FORCE + "?on=1994-04-20").body();

        String changes = page.substring(page.indexOf("id=\"changes\""), page.indexOf("id=\"what-if\""));
        assertThat(changes).contains("No change is on record for this situation.");
        assertThat(changes).contains("leave site ETO", "withdraw BEL_KIBAT", "withdraw BGD", "cut the force to 270");
        // the order to leave the ETO exposed 2,000 people (2,000 to 4,000), high confidence
        String eto = changes.substring(changes.indexOf("leave site ETO"), changes.indexOf("withdraw BEL_KIBAT"));
        assertThat(eto).containsPattern("Sites that lose their guard:</span>\\s*<strong>ETO</strong>");
        assertThat(eto).contains("2,000", "(2,000–4,000)", "high confidence");
        // Belgium's withdrawal: Bangladesh likely to follow, what depends on the Belgians
        String belgium = changes.substring(changes.indexOf("withdraw BEL_KIBAT"), changes.indexOf("withdraw BGD"));
        assertThat(belgium).contains("Contingents likely to follow", "<span class=\"code\">BGD</span>", "KIGALI_AIRPORT");
        // the day shown is the day of Bangladesh's withdrawal: its assessment is open, Amahoro loses its guard
        String bangladesh = changes.substring(changes.indexOf("withdraw BGD"), changes.indexOf("cut the force to 270"));
        assertThat(bangladesh).contains("<details open=\"open\">", "AMAHORO", "outcome-loses-guard", "5,000");
        // the cut: coverage in three cases, and the assumptions in words
        String cut = changes.substring(changes.indexOf("cut the force to 270"));
        assertThat(cut).contains("Pessimistic", "Central", "Optimistic", "MILLE_COLLINES");
        assertThat(page).contains("Doctrine gives no troops-to-civilians ratio for guarding a site");
        // each change's day is a link to the force that day
        assertThat(page).contains("href=\"" + FORCE + "?on=1994-04-11\"");
    }

    @Test
    void aWhatIfShowsTheSitesLosingTheirGuardThePeopleExposedAndWhoMayFollowBeforeAnyoneDecides() throws Exception {
        long before = jdbc.queryForObject("select count(*) from journal where type = 'protection.impact_assessed' and situation = ?",
                Long.class, "rwanda-1993-1994");

        String page = get(FORCE + "?on=1994-04-19&kind=withdrawal&contingent=BGD").body();

        String result = page.substring(page.indexOf("class=\"what-if-result\""));
        assertThat(result).contains("withdraw BGD", "proposed");
        assertThat(result).containsPattern("(?s)Sites that lose their guard</dt>\\s*<dd class=\"impact-key\"><strong>AMAHORO</strong>");
        assertThat(result).contains("5,000", "(5,000–12,000)");
        assertThat(result).contains("The assumptions of this assessment", "Doctrine gives no troops-to-civilians ratio");
        assertThat(page).contains("<option value=\"BGD\" selected=\"selected\">BGD</option>");
        // nothing is put on record, but the question is journaled
        assertThat(jdbc.queryForObject("select count(*) from protection_change where situation = ?", Long.class, "rwanda-1993-1994"))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from journal where type = 'protection.impact_assessed' and situation = ?",
                Long.class, "rwanda-1993-1994")).isEqualTo(before + 1);
    }

    @Test
    void aWhatIfThatNamesNoContingentOfTheForceIsRefusedBesideItsField() throws Exception {
        String page = get(FORCE + "?on=1994-04-19&kind=withdrawal&contingent=NOBODY").body();

        assertThat(page).contains("id=\"contingent-error\" lang=\"en\">names no contingent in the force</p>");
        String select = page.substring(page.indexOf("<select id=\"contingent\""), page.indexOf(">", page.indexOf("<select id=\"contingent\"")));
        assertThat(select).contains("aria-invalid=\"true\"", "aria-describedby=\"contingent-error\"");
        assertThat(page).doesNotContain("class=\"what-if-result\"");
        assertThat(get(FORCE + "?on=1994-04-19&kind=force_cut&target=lots").body()).contains("id=\"target-error\"");
    }

    @Test
    void aChangePutOnRecordIsPendingWithTheImpactTheDecidersSaw() throws Exception {
        String s = uniqueSituation("console-force");
        createSituation(s);
        try (InputStream in = getClass().getResourceAsStream("/demo/rwanda-1993-1994.force.json")) {
            assertThat(api().post("/api/situations/" + s + "/force", in.readAllBytes()).status()).isEqualTo(201);
        }
        // the contingent's own commander asks to withdraw it: the actor is the person the token is for
        var recorded = as("bangladesh-mission", s, Role.COMMANDER).post("/api/situations/" + s + "/force/changes", """
                {"kind": "withdrawal", "contingent": "BGD", "on": "1994-04-19", "form": "proposed",
                 "rationale": "Our troops are not equipped for this; we ask to withdraw them."}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        String page = get("/situations/" + s + "/force?on=1994-04-19").body();

        assertThat(page).contains("1 change is pending a decision; 1 on record.");
        String change = page.substring(page.indexOf("id=\"change-" + recorded.json().path("id").asLong() + "\""));
        assertThat(change).contains("withdraw BGD", "badge-open\">proposed</span>", "bangladesh-mission",
                "Our troops are not equipped for this; we ask to withdraw them.");
        assertThat(change).containsPattern("Sites that lose their guard</dt>\\s*<dd class=\"impact-key\"><strong>AMAHORO</strong>");
        assertThat(page).contains("href=\"/situations/" + s + "/force?on=1994-04-19\"");
    }

    @Test
    void aSituationWithoutAForceSaysSoAndABadDayIsRefused() throws Exception {
        String s = uniqueSituation("console-noforce");
        createSituation(s);

        assertThat(get("/situations/" + s + "/force").body()).contains("No force is on record for this situation yet.");
        assertThat(get(FORCE + "?on=April").statusCode()).isEqualTo(400);
        assertThat(get("/situations/nowhere-at-all/force").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageSpeaksFrench() throws Exception {
        String page = get(FORCE + "?on=1994-04-11&lang=fr").body();

        assertThat(page).contains("<html lang=\"fr\"", "Capacité de protection", "Sites protégés", "confiance élevée", "gardé</span>",
                "Le 11 avril 1994", "Et si ?");
    }

    @Test
    void theForceIsShownOnlyToThoseWhoseRoleAllowsAndAnonymousReadersAreSentToSignIn() throws Exception {
        var anonymous = getWith(null, FORCE + "?on=1994-04-11");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login?next=");

        String s = uniqueSituation("console-force-who");
        createSituation(s);
        String member = tokenFor("council-reader-" + s, s, new Role[] {Role.COUNCIL_MEMBER});
        assertThat(getWith(member, "/situations/" + s + "/force").body()).contains("No force is on record for this situation yet.");
        // a source handler keeps sources, not the force; a reporter neither
        for (Role role : new Role[] {Role.SOURCE_HANDLER, Role.REPORTER}) {
            var refused = getWith(tokenFor(role.wire() + "-" + s, s, new Role[] {role}), "/situations/" + s + "/force");
            assertThat(refused.statusCode()).as(role.wire()).isEqualTo(403);
            assertThat(refused.body()).as(role.wire()).doesNotContain("Protected sites");
        }
    }
}
