package org.tocsin.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The source handler's view in a real browser. The informant of January 1994 was to be left
 * unprotected: here his handler sees him by pseudonym, reveals who he is only by an explicit action
 * with a reason (journaled, never cached), and sees the protection requested for him with its
 * deadline; an analyst sees the pseudonym and the reliability record, and nothing that says who he is.
 */
class SourcesBrowserTest extends BrowserTest {

    @Override
    boolean signInFirst() { return false; }

    record World(String situation, String handler, String analyst, String source, String pseudonym, String realName,
                 String phone, String soon, String late) {}

    World world(String prefix) {
        String s = uniqueSituation(prefix);
        createSituation(s);
        String handler = "handler-" + s, analyst = "analyst-" + s;
        var asHandler = as(handler, s, Role.SOURCE_HANDLER);
        as(analyst, s, Role.ANALYST);
        withPassword(handler);
        withPassword(analyst);
        String tag = HexFormat.of().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
        String realName = "Kanyemera Ntawukuriryayo " + tag, phone = "+250-788-" + tag.substring(0, 6);
        String id = "inf-" + s;
        var registered = asHandler.post("/api/sources", """
                {"id": "%s", "type": "informant", "reliability": "B",
                 "sealed": {"real_name": "%s", "role": "Trainer of the Interahamwe", "phone": "%s",
                            "meeting_arrangements": "Through the intermediary, after dark"}}""".formatted(id, realName, phone));
        org.assertj.core.api.Assertions.assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String pseudonym = registered.json().path("pseudonym").asString();
        String soon = protection(asHandler, id, handler, "Move his wife and children out of Kigali", Instant.now().plus(Duration.ofDays(2)));
        String late = protection(asHandler, id, handler, "Passage abroad for him and his family", Instant.now().plus(Duration.ofHours(1)));
        // a request that was due three hours ago (the API only accepts future deadlines)
        jdbc.update("update source_protection_request set deadline = now() - interval '3 hours' where id = ?::uuid", late);
        return new World(s, handler, analyst, id, pseudonym, realName, phone, soon, late);
    }

    private static String protection(org.tocsin.support.Api api, String source, String owner, String what, Instant deadline) {
        var r = api.post("/api/sources/" + source + "/protection-requests", """
                {"what": "%s", "deadline": "%s", "owner": "%s"}""".formatted(what, deadline, owner));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    @Test
    void aHandlerSeesTheirSourceByPseudonymRevealsTheIdentityWithAReasonAndSeesAProtectionRequestsDeadline() {
        World w = world("handler");
        signIn(w.handler());
        page.navigate(url("/sources"));
        Locator mine = page.locator("section").filter(new Locator.FilterOptions().setHas(page.locator("#mine-title")));
        Locator row = mine.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(w.pseudonym()));
        assertThat(row).containsText("Informant");
        assertThat(row).containsText("B");
        assertThat(row).containsText("2 pending");
        assertThat(row.locator(".overdue-flag")).hasText("one overdue");
        assertThat(page.locator("main")).not().containsText(w.realName());
        screenshot("sources");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(w.pseudonym())).click();
        assertThat(page.locator("h1")).containsText(w.pseudonym());
        assertThat(page.locator("main")).not().containsText(w.realName());
        // the protection requests, the overdue one first, each with its deadline
        Locator late = page.locator("#protection-" + w.late());
        assertThat(late).hasClass(Pattern.compile(".*\\boverdue\\b.*"));
        assertThat(late.locator("h3")).containsText("Due by");
        assertThat(late.locator(".overdue-flag")).containsText(Pattern.compile("overdue by (2|3) h"));
        Locator soon = page.locator("#protection-" + w.soon());
        assertThat(soon.locator("h3")).containsText("Due by");
        assertThat(soon.locator("h3")).containsText(Pattern.compile("in (1 d 23 h|2 d 0 h)"));
        assertThat(page.locator(".protection").first()).hasId("protection-" + w.late());
        page.locator("#identity-title").evaluate("e => e.scrollIntoView()");
        screenshot("source-handler");
        page.locator("#protection-title").evaluate("e => e.scrollIntoView()");
        screenshot("source-protection");

        // moving a request on: a step with no rationale needed
        soon.getByLabel("in progress").check();
        soon.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the step")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The protection request is updated");
        assertThat(page.locator("#protection-" + w.soon())).containsText("open → in progress, by " + w.handler());

        // the reveal: an explicit POST with a reason; the answer is never stored
        page.locator("#reason").fill("Arranging tomorrow's meeting through the usual channel");
        Response reveal = page.waitForResponse(r -> r.url().endsWith("/reveal"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal identity")).click());
        org.assertj.core.api.Assertions.assertThat(reveal.request().method()).isEqualTo("POST");
        org.assertj.core.api.Assertions.assertThat(reveal.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(page.locator("h1")).hasText("Identity of " + w.pseudonym());
        Locator revealed = page.locator(".revealed");
        assertThat(revealed).containsText(w.realName());
        assertThat(revealed).containsText(w.phone());
        assertThat(revealed).containsText("Through the intermediary, after dark");
        screenshot("source-revealed");

        // the journal has the unseal, by the handler, with the reason and the names (never the values) of the fields
        Map<String, Object> entry = jdbc.queryForMap("select actor, details::text as details from journal"
                + " where type = 'source.unsealed' and subject = ? order by seq desc limit 1", "source:" + w.pseudonym());
        org.assertj.core.api.Assertions.assertThat(entry.get("actor")).isEqualTo(w.handler());
        org.assertj.core.api.Assertions.assertThat((String) entry.get("details"))
                .contains("Arranging tomorrow's meeting through the usual channel", "real_name", "phone")
                .doesNotContain(w.realName()).doesNotContain(w.phone());

        // going back to the source page shows the seal again
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the source")).click();
        assertThat(page.locator("h1")).containsText(w.pseudonym());
        assertThat(page.locator("main")).not().containsText(w.realName());
    }

    @Test
    void anAnalystSeesThePseudonymButNoRevealControlAndNoIdentityAnywhere() {
        World w = world("analyst");
        signIn(w.analyst());
        page.navigate(url("/sources"));
        assertThat(page.locator("#mine-title")).hasCount(0);
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(w.pseudonym()));
        assertThat(row).containsText("usually reliable");
        assertThat(row).not().containsText("you handle it");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(w.pseudonym())).click();

        assertThat(page.locator("h1")).containsText(w.pseudonym());
        assertThat(page.locator("main")).containsText("Reliability record");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal identity"))).hasCount(0);
        assertThat(page.locator("form[action*='/reveal']")).hasCount(0);
        assertThat(page.locator("#identity")).hasCount(0);
        assertThat(page.locator("#protection")).hasCount(0);
        for (String page : new String[] {"/sources", "/sources/" + w.pseudonym(), "/sources/" + w.pseudonym() + "?lang=fr"}) {
            this.page.navigate(url(page));
            org.assertj.core.api.Assertions.assertThat(this.page.content()).as(page)
                    .doesNotContain(w.realName()).doesNotContain(w.phone()).doesNotContain(w.source());
        }
        screenshot("source-analyst");

        // nor can the analyst reveal by sending the form by hand: refused before anything is opened
        var refused = as(w.analyst()).post("/sources/" + w.pseudonym() + "/reveal", "");
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(refused.body()).doesNotContain(w.realName());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from journal where type = 'source.unsealed'"
                + " and subject = ? and actor = ?", Long.class, "source:" + w.pseudonym(), w.analyst())).isZero();
    }

    @Test
    void theSourcePagesFitA360PixelWideScreen() {
        World w = world("phone");
        var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB").setViewportSize(360, 740));
        Page p = phone.newPage();
        signIn(p, w.handler());
        for (String path : java.util.List.of("/sources", "/sources/" + w.pseudonym())) {
            p.navigate(url(path));
            RequestsBrowserTest.fitsAPhone(p, path);
        }
        p.locator("#reason").fill("Checking the meeting place");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal identity")).click();
        assertThat(p.locator(".revealed")).containsText(w.realName());
        RequestsBrowserTest.fitsAPhone(p, "the reveal");
        phone.close();
    }
}
