package org.tocsin.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.Api;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal and a briefing in Chromium, on a copy of the Rwanda situation (its Council of fifteen,
 * Rwanda's seat representing the government the 10 January informant implicates): the timeline and its
 * filter, the verification status, who knew what on a chosen day, and the sender's view of every
 * member's receipt, then a member's own receipt, each signed in as that person. Saves journal.png and
 * briefing.png. The sender is a desk officer of the situation, the members Council members there; the
 * journal is read as {@link #SUPERUSER} (an auditor, among every other role).
 */
class BriefingAndJournalBrowserTest extends BrowserTest {

    private static final String COUNCIL = "un-security-council";

    /** Each test signs in as the person it is about. */
    @Override
    boolean signInFirst() { return false; }

    /** Signs in as {@link #SUPERUSER}, who may read the journal, the who-knew report and every briefing. */
    private void signInAsSuperuser() { signIn(withPassword(SUPERUSER)); }

    /** A member of the Council, as the API acts for them: a Council member of the situation. */
    private Api member(String situation, String code) {
        return as(COUNCIL + ":" + code, situation, Role.COUNCIL_MEMBER);
    }

    /** The world of one test: a copy of the Rwanda situation with two signals and one briefing to the Council. */
    private record World(String situation, String sender, long briefing) {}

    private World world(String prefix) throws Exception {
        String s = uniqueSituation(prefix);
        ObjectNode file;
        try (InputStream in = getClass().getResourceAsStream("/demo/rwanda-1993-1994.situation.json")) {
            file = (ObjectNode) Api.JSON.readTree(in);
        }
        file.put("situation", s).put("name", "Rwanda, January 1994");
        var created = api().post("/api/situations", file.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (String id : List.of("rw-016", "rw-017")) {
            var r = api().post("/api/signals", caseLine(id, s));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        String sender = "dpko-africa-desk-" + s;
        var person = api().post("/api/people", """
                {"id": "%s", "name": "DPKO Africa desk, New York", "email": "africa-desk@example.org"}""".formatted(sender));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        var sent = as(sender, s, Role.DESK_OFFICER).post("/api/briefings", """
                {"situation": "%s", "group": "%s", "label": "AMBER", "evidence": ["rw-016", "rw-017"],
                 "title": "Arms caches and an extermination plan in Kigali",
                 "text": "The Force Commander reports an informant's account: weapons caches held for the militia, and lists of Tutsi in Kigali drawn up, he fears, for their extermination. The mission asks to act within 36 hours."}"""
                .formatted(s, COUNCIL));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().path("id").asLong();
        for (String member : List.of("NZ", "CZ", "FR", "US", "AR", "GB")) receipt(s, id, member, "open");
        for (String member : List.of("NZ", "CZ")) receipt(s, id, member, "acknowledge");
        return new World(s, sender, id);
    }

    private void receipt(String situation, long briefing, String member, String action) {
        var r = member(situation, member).post("/api/briefings/" + briefing + "/" + action, "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String caseLine(String id, String situation) throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                BriefingAndJournalBrowserTest.class.getResourceAsStream("/demo/rwanda-1993-1994.jsonl"), StandardCharsets.UTF_8))) {
            String line = reader.lines().filter(l -> l.contains("\"id\": \"" + id + "\"")).findFirst().orElseThrow();
            ObjectNode node = (ObjectNode) Api.JSON.readTree(line);
            node.put("situation", situation);
            return node.toString();
        }
    }

    @Test
    void theJournalShowsItsTimelineFilteredByTypeItsVerificationAndWhoKnewWhatOnTheChosenDay() throws Exception {
        World w = world("browser-journal");
        signInAsSuperuser();
        page.navigate(url("/journal?situation=" + w.situation()));
        assertThat(page.locator("h1")).hasText("Journal");
        assertThat(page.locator(".verify.ok .verdict")).containsText("Intact: verified up to entry");
        Locator rows = page.locator("table.journal tbody tr");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("briefing.delivered"))).hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("briefing.opened"))).hasCount(6);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("disclosure.held"))).hasCount(1);
        assertThat(rows.first().locator("code.hash")).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{12}$"));
        page.evaluate("() => document.getElementById('verification').scrollIntoView()");
        screenshot("journal");

        page.getByLabel("Type of entry").selectOption("briefing.acknowledged");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("type=briefing.acknowledged"));
        assertThat(rows).hasCount(2);
        assertThat(rows.locator("td:nth-child(3) code")).hasText(new String[]{"briefing.acknowledged", "briefing.acknowledged"});
        assertThat(rows.locator("td:nth-child(4)")).containsText(new String[]{"New Zealand", "Czech Republic"});

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who knew what, when")).click();
        page.getByLabel("Known by the end of").fill(LocalDate.now(ZoneOffset.UTC).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the report")).click();
        Locator who = page.locator("table.knowledge-summary tbody tr");
        assertThat(who.filter(new Locator.FilterOptions().setHasText("New Zealand (UN Security Council, 1994)"))).hasCount(1);
        // Rwanda's seat, held for a disclosure conflict, received nothing
        assertThat(who.filter(new Locator.FilterOptions().setHasText("Rwanda (UN Security Council, 1994)"))).hasCount(0);
        Locator nz = page.locator("section.actor").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("New Zealand (UN Security Council, 1994)"))));
        Locator briefingRow = nz.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Briefing " + w.briefing()));
        assertThat(briefingRow.locator("td").nth(0)).containsText("briefing.delivered");
        assertThat(briefingRow.locator("td").nth(1)).containsText("briefing.opened");
        assertThat(briefingRow.locator("td").nth(2)).containsText("briefing.acknowledged");
        screenshot("knowledge");

        nz.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("entry")).first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/journal\\?situation=.*#entry-\\d+$"));
        assertThat(page.locator("table.journal tbody tr:target")).hasCount(1);

        page.navigate(url("/journal/knowledge?situation=" + w.situation()));
        page.getByLabel("Known by the end of").fill("1993-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the report")).click();
        assertThat(page.locator("main")).containsText("Nobody had received anything about this situation by then.");
    }

    @Test
    void theSenderSeesEveryMembersReceiptWithThoseWhoHaveNotOpenedItMarked() throws Exception {
        World w = world("browser-briefing");
        signIn(withPassword(w.sender()));
        page.navigate(url("/briefings/" + w.briefing()));
        assertThat(page.locator("h1")).hasText("Arms caches and an extermination plan in Kigali");
        assertThat(page.locator("#receipts")).containsText("15 members: 6 opened, 2 acknowledged, 9 have not yet opened it.");
        Locator unopened = page.locator("table.receipts tbody tr.unopened");
        assertThat(unopened).hasCount(9);
        assertThat(unopened.filter(new Locator.FilterOptions().setHasText("Not yet opened"))).hasCount(9);
        assertThat(page.locator("table.receipts tbody tr.opened")).hasCount(6);
        assertThat(page.locator("table.receipts tbody tr").filter(new Locator.FilterOptions().setHasText("Rwanda (UN Security Council")))
                .containsText("Held");
        Object[] colours = new Object[]{
                unopened.first().evaluate("e => getComputedStyle(e).backgroundColor"),
                page.locator("table.receipts tbody tr.opened").first().evaluate("e => getComputedStyle(e).backgroundColor")};
        assertThat(colours[0]).as("a row not yet opened is highlighted").isNotEqualTo(colours[1]);
        assertThat(page.locator("#label input[type=radio]")).hasCount(2);
        page.evaluate("() => document.querySelector('h1').scrollIntoView()");
        screenshot("briefing");

        // signed out, the page asks to sign in first
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.navigate(url("/briefings/" + w.briefing()));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=.*"));

        // a member who has opened it, signed in, finds it listed, sees no one's receipt but their own, and acknowledges it
        String us = COUNCIL + ":US";
        withPassword(us);
        page.locator("#person").fill(us);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(url("/briefings/" + w.briefing()));
        page.navigate(url("/briefings?situation=" + w.situation()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Arms caches and an extermination plan in Kigali")).click();
        assertThat(page.locator("#receipts")).hasCount(0);
        assertThat(page.locator("#receipt")).containsText("Your receipt");
        assertThat(page.locator("main")).containsText("lists of Tutsi in Kigali");
        page.locator("#receipt").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/briefings/" + w.briefing() + "#receipt$"));
        assertThat(page.locator("#receipt button")).hasCount(0);
        assertThat(jdbc.queryForList("select type from journal where situation = ? and subject = ? and actor = ? order by seq",
                String.class, w.situation(), "briefing:" + w.briefing(), us)).containsExactly("briefing.opened", "briefing.acknowledged");
    }

    @Test
    void aTitleWithMarkupIsShownAsTextAndNeverRuns() throws Exception {
        World w = world("browser-xss");
        String payload = "<script>alert('xss')</script><img src=x onerror=\"alert(1)\"> & <b>bold</b>";
        var sent = as(w.sender(), w.situation(), Role.DESK_OFFICER).post("/api/briefings", """
                {"situation": "%s", "group": "%s", "label": "AMBER", "title": %s, "text": %s}"""
                .formatted(w.situation(), COUNCIL, Api.JSON.writeValueAsString(payload), Api.JSON.writeValueAsString(payload)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        signInAsSuperuser();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(url("/briefings?situation=" + w.situation()));
        assertThat(page.locator("table.briefings tbody th").first()).hasText(payload);
        page.navigate(url("/briefings/" + sent.json().path("id").asLong()));
        assertThat(page.locator("h1")).hasText(payload);
        assertThat(page.locator(".summary-text")).hasText(payload);
        page.navigate(url("/journal?situation=" + w.situation()));
        page.navigate(url("/journal/knowledge?situation=" + w.situation()));
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(page.locator("main b")).hasCount(0);
        page.waitForTimeout(300);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void thePagesFitA360PixelScreenAndLoadNoScript() throws Exception {
        World w = world("browser-phone");
        var phone = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(360, 740));
        Page p = phone.newPage();
        signIn(p, withPassword(SUPERUSER));
        List<String> scripts = new ArrayList<>();
        p.onRequest(r -> {
            if (r.resourceType().equals("script")) scripts.add(r.url());
        });
        for (String path : List.of("/journal?situation=" + w.situation(), "/journal/knowledge?situation=" + w.situation(),
                "/briefings?situation=" + w.situation(), "/briefings/" + w.briefing(), "/briefings/new?situation=" + w.situation())) {
            p.navigate(url(path));
            Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object widest = p.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                    + "document.documentElement.clientWidth + 1 && !e.closest('.scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ')");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s: %s", path, widest).isLessThanOrEqualTo(0);
        }
        assertThat(scripts).as("reading pages and the form need no script").isEmpty();
        phone.close();
    }
}
