package org.tocsin.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;
import org.tocsin.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert inbox and the alert page in a real browser, as the people who use them: a desk officer
 * to whom the policy addresses an alert, the field commander who raised it, and a keyboard user.
 */
class AlertInboxBrowserTest extends BrowserTest {

    @Override
    boolean signInFirst() { return false; }

    /**
     * A situation whose policy addresses the position headquarters-desk, held by {@code desk} (a desk
     * officer), then {@code top}; {@code originator} is a field commander who raises alerts there.
     */
    record World(String situation, String name, String desk, String originator, String top) {}

    World world(String prefix) {
        String s = uniqueSituation(prefix);
        createSituation(s);
        World w = new World(s, "Test situation " + s, "desk-" + s, "cmdr-" + s, "usg-" + s);
        as(w.desk(), s, Role.DESK_OFFICER);
        as(w.originator(), s, Role.COMMANDER);
        as(w.top(), s, Role.DECISION_MAKER);
        withPassword(w.desk());
        withPassword(w.originator());
        AlertFixtures.ladder(api(), s, w.desk(), w.top());
        return w;
    }

    Api originator(World w) { return as(w.originator(), w.situation(), Role.COMMANDER); }

    Api desk(World w) { return as(w.desk(), w.situation(), Role.DESK_OFFICER); }

    long raise(World w, String severity, String explanation) {
        return AlertFixtures.raise(originator(w), w.situation(), severity, explanation);
    }

    @Test
    void aDeskOfficerSeesTheAlertAddressedToThemAcknowledgesItAndDecidesItAndTheDecisionIsInItsHistory() {
        World w = world("inbox-desk");
        long id = raise(w, "critical", "Informant reports lists of Tutsi drawn up for extermination in Kigali");
        signIn(w.desk());

        page.navigate(url("/alerts"));
        Locator row = page.locator("#waiting tbody tr").filter(new Locator.FilterOptions().setHasText("Alert " + id + ":"));
        assertThat(row).containsText("Critical");
        assertThat(row).containsText("TLP:AMBER");
        assertThat(row).containsText("with: headquarters desk");
        assertThat(row.locator("time.countdown").first()).hasText(Pattern.compile("due in (2 h|1 h 5\\d min)"));
        assertThat(row.locator("time.countdown").nth(1)).hasText(Pattern.compile("due in (1 d|23 h 5\\d min)"));

        row.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(url("/alerts/" + id));
        assertThat(page.locator("h1")).hasText("Alert " + id + ": raised by a person");
        assertThat(page.locator("dl.facts")).containsText("It was delivered to you.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page.locator("#status")).hasText(Pattern.compile("You acknowledged the alert.*"));
        assertThat(page.locator(":focus")).hasId("status");
        assertThat(page.locator("dl.facts")).containsText("acknowledged by " + w.desk());

        String rationale = "Authorise a cordon-and-search of the caches named by the informant";
        page.locator("#outcome-act").check();
        page.locator("#decide-rationale").fill(rationale);
        page.locator("#decide-ground").fill("S/RES/872 (1993) op. 3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        assertThat(page.locator("#status")).containsText("Your decision is recorded");
        assertThat(page.locator(".state-badge")).hasText("decided");
        Locator decided = page.locator("#history tr.event-alert_decided");
        assertThat(decided).containsText("Decided");
        assertThat(decided).containsText(w.desk());
        assertThat(decided).containsText(rationale);
        assertThat(decided).containsText("S/RES/872 (1993) op. 3");
        assertThat(page.locator("#history")).containsText("Acknowledged");
        var stored = api().get("/api/alerts/" + id).json();
        assertThat(stored.path("state").asString()).isEqualTo("decided");
        // decided: it leaves the open list for the closed one, and nobody can decide it twice
        assertThat(page.locator("#act form[action$='/decide']")).hasCount(0);
        page.navigate(url("/alerts"));
        assertThat(page.locator("#closed")).containsText("Alert " + id + ":");
        assertThat(page.locator("#closed")).containsText("decided by " + w.desk());
    }

    @Test
    void theOriginatorSeesTheDecisionAndAppealsItToTheTopWithBothPositions() {
        World w = world("inbox-appeal");
        long id = raise(w, "high", "Arms are being distributed to militia at night in Gisenyi");
        var decision = desk(w).post("/api/alerts/" + id + "/decisions",
                "{\"outcome\": \"monitor\", \"rationale\": \"Not enough corroboration yet\"}");
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        signIn(w.originator());

        page.navigate(url("/alerts"));
        Locator row = page.locator("#closed tbody tr").filter(new Locator.FilterOptions().setHasText("Alert " + id + ":"));
        assertThat(row).containsText("decided by " + w.desk());
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("dl.facts")).containsText("You raised it");
        assertThat(page.locator("#decisions")).containsText("Monitor");
        assertThat(page.locator("#decisions")).containsText("Not enough corroboration yet");
        assertThat(page.locator("form[action$='/decide']")).hasCount(0);                  // decided: nothing left to decide

        page.locator("#appeal-position").fill("Two independent sources confirm the caches; waiting costs lives");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appeal to the top level")).click();

        assertThat(page.locator("#status")).containsText("Your appeal is recorded");
        assertThat(page.locator(".state-badge")).hasText("appealed");
        Locator positions = page.locator("#decisions .side-by-side article");
        assertThat(positions).hasCount(2);
        assertThat(positions.first()).containsText("Two independent sources confirm the caches");
        assertThat(positions.nth(1)).containsText("Not enough corroboration yet");
        assertThat(page.locator("dl.facts")).containsText("under-secretary");
        var stored = api().get("/api/alerts/" + id).json();
        assertThat(stored.path("state").asString()).isEqualTo("appealed");
        assertThat(stored.path("level").asInt()).isEqualTo(1);
    }

    @Test
    void twoCompetingAssessmentsAreShownSideBySide() {
        World w = world("inbox-assess");
        var signal = api().post("/api/signals", """
                {"situation": "%s", "id": "cable-11-jan", "kind": "diplomatic_cable", "source": "Force Commander", "source_type": "un_field",
                 "reliability": "B", "credibility": "2", "date": "1994-01-11", "label": "AMBER",
                 "summary": "An informant reports that militia are registering Tutsi for extermination and that arms caches exist."}"""
                .formatted(w.situation()));
        assertThat(signal.status()).as(signal.body()).isEqualTo(201);
        long id = AlertFixtures.raise(originator(w), w.situation(), "critical",
                "An informant in the ruling party describes a plan to register and exterminate Tutsi, and weapons caches to arm the militia.",
                "cable-11-jan");
        var first = originator(w).post("/api/alerts/" + id + "/assessments", """
                {"role": "Force Commander", "text": "The plan is credible: the caches and lists match what we have seen.", "view": "critical"}""");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        signIn(w.desk());
        page.navigate(url("/alerts/" + id));

        page.locator("#assess-role").fill("Special Representative");
        page.locator("#assess-view").selectOption("elevated");
        page.locator("#assess-text").fill("The parties remain committed to the Arusha accords; a search risks the peace.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach the assessment")).click();
        assertThat(page.locator("#status")).containsText("Your assessment is attached");

        Locator cards = page.locator("#assessments article");
        assertThat(cards).hasCount(2);
        assertThat(cards.first()).containsText("Force Commander");
        assertThat(cards.first()).containsText("Critical");
        assertThat(cards.nth(1)).containsText("Special Representative");
        assertThat(cards.nth(1)).containsText("Elevated");
        BoundingBox a = cards.first().boundingBox(), b = cards.nth(1).boundingBox();
        assertThat(Math.abs(a.y - b.y)).as("on the same line").isLessThan(2);
        assertThat(b.x).as("side by side").isGreaterThan(a.x + a.width - 1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signal cable-11-jan")).click();
        assertThat(page.locator("h1")).containsText("cable-11-jan");                 // the evidence opens its signal
        page.goBack();
        page.evaluate("() => document.querySelector('h1').scrollIntoView()");
        screenshot("alert");
        page.evaluate("() => document.getElementById('why').scrollIntoView()");
        screenshot("alert-assessments");
    }

    @Test
    void theInboxPutsOpenAlertsFirstAndTheMostUrgentFirstAndTheSecondTabListsEveryOpenAlertIMayRead() {
        World w = world("inbox-order");
        long elevated = raise(w, "elevated", "Hate radio names officials to be killed");
        long emergency = raise(w, "emergency", "Killings at roadblocks across Kigali");
        long critical = raise(w, "critical", "Caches of weapons found at the party headquarters");
        long done = raise(w, "high", "Militia training reported in a stadium");
        assertThat(desk(w).post("/api/alerts/" + critical + "/acknowledge", "{}").status()).isEqualTo(200);
        assertThat(desk(w).post("/api/alerts/" + done + "/decisions", "{\"outcome\": \"close\", \"rationale\": \"Duplicate of an earlier report\"}")
                .status()).isEqualTo(200);
        // another situation where the desk officer holds a role but is on no level of the policy
        String other = uniqueSituation("inbox-other");
        createSituation(other);
        as(w.desk(), other, Role.DESK_OFFICER);
        long elsewhere = AlertFixtures.raise(as(w.originator(), other, Role.COMMANDER), other, "high", "Refugees report a massacre at a parish");
        signIn(w.desk());

        page.navigate(url("/alerts"));
        List<String> order = page.locator("#waiting tbody tr a.alert-link").allTextContents();
        assertThat(order).hasSize(3);
        assertThat(order.get(0)).startsWith("Alert " + emergency + ":");
        assertThat(order.get(1)).startsWith("Alert " + critical + ":");
        assertThat(order.get(2)).startsWith("Alert " + elevated + ":");
        assertThat(page.locator("#waiting")).containsText("acknowledged by " + w.desk());
        assertThat(page.locator("#closed tbody tr")).hasCount(1);
        assertThat(page.locator("#closed")).containsText("Alert " + done + ":");
        assertThat(page.locator("main")).not().containsText("Alert " + elsewhere + ":");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Addressed to me (3 open)"))).hasAttribute("aria-current", "page");
        screenshot("alerts");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("All open alerts I may read"))).click();
        assertThat(page).hasURL(url("/alerts?show=open"));
        assertThat(page.locator("#open tbody tr")).hasCount(4);
        Locator foreign = page.locator("#open tbody tr").filter(new Locator.FilterOptions().setHasText("Alert " + elsewhere + ":"));
        assertThat(foreign).not().containsText("addressed to you");
        assertThat(page.locator("#open tbody tr").filter(new Locator.FilterOptions().setHasText("Alert " + emergency + ":")))
                .containsText("addressed to you");
        assertThat(page.locator("main")).not().containsText("Alert " + done + ":");
    }

    /**
     * Tab, Space, Enter (and typing the rationale): from the situations overview to the inbox, to the
     * alert, acknowledge it, decide it. Every control reached shows its focus, and every control on both
     * pages has an accessible name.
     */
    @Test
    void aKeyboardUserReachesTheAlertAcknowledgesItAndDecidesItWithoutTheMouse() {
        World w = world("inbox-keys");
        long id = raise(w, "critical", "Machetes imported in bulk by a party official");
        signIn(w.desk());
        page.navigate(url("/"));

        tabUntil(f -> f.href().equals("/alerts"));
        page.keyboard().press("Enter");
        page.waitForURL(url("/alerts"));
        everyControlHasAName();

        tabUntil(f -> f.href().equals("/alerts/" + id));
        page.keyboard().press("Enter");
        page.waitForURL(url("/alerts/" + id));
        everyControlHasAName();

        tabUntil(f -> f.id().equals("acknowledge"));
        page.keyboard().press("Space");
        page.waitForURL(url("/alerts/" + id + "?done=acknowledged"));
        assertThat(page.locator(":focus")).hasId("status");                       // the outcome is said first
        assertThat(page.locator("#status")).containsText("You acknowledged the alert");

        tabUntil(f -> f.id().equals("outcome-act"));
        page.keyboard().press("Space");
        assertThat(page.locator("#outcome-act")).isChecked();
        tabUntil(f -> f.id().equals("decide-rationale"));
        page.keyboard().type("Order the search of the warehouse tonight");
        tabUntil(f -> f.type().equals("submit") && f.text().equals("Record the decision"));
        page.keyboard().press("Enter");

        page.waitForURL(url("/alerts/" + id + "?done=decided"));
        assertThat(page.locator("#status")).containsText("Your decision is recorded");
        assertThat(page.locator("#history tr.event-alert_decided")).containsText("Order the search of the warehouse tonight");
        everyControlHasAName();
        assertThat(reached).as("controls reached with Tab").hasSizeGreaterThan(10);
    }

    @Test
    void theCountdownsKeepCountingInTheBrowser() {
        World w = world("inbox-tick");
        long id = raise(w, "high", "Reports of a list of names at the commune office");
        signIn(w.desk());
        page.clock().install();
        page.navigate(url("/alerts"));
        Locator row = page.locator("#waiting tbody tr").filter(new Locator.FilterOptions().setHasText("Alert " + id + ":"));
        Locator ack = row.locator("time.countdown").first();
        assertThat(ack).hasText(Pattern.compile("due in (2 h|1 h 5\\d min)"));

        page.clock().fastForward("01:00:00");
        assertThat(ack).hasText(Pattern.compile("due in (1 h|5\\d min)"));
        page.clock().fastForward("01:30:00");
        assertThat(ack).hasText(Pattern.compile("overdue by (29|30) min"));
        assertThat(ack).hasClass(Pattern.compile(".*\\boverdue\\b.*"));
    }

    @Test
    void thePagesFitAPhoneAndLoadLittleScript() {
        World w = world("inbox-light");
        long id = raise(w, "critical", "A very long explanation without spaces: " + "x".repeat(200));
        originator(w).post("/api/alerts/" + id + "/assessments", "{\"role\": \"Force Commander\", \"text\": \"Credible\", \"view\": \"critical\"}");
        for (String path : List.of("/alerts", "/alerts?show=open", "/alerts/" + id)) {
            BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(360, 740));
            signInQuietly(phone, w.desk());
            Page p = phone.newPage();
            PageWeight weight = PageWeight.record(p);
            p.navigate(url(path));
            p.waitForLoadState(LoadState.NETWORKIDLE);
            Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object widest = p.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                    + "document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ')");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s: %s", path, widest).isLessThanOrEqualTo(0);
            assertThat(weight.script()).as("script on %s", path).isLessThan(200 * 1024);
            System.out.println(weight.line(path));
            phone.close();
        }
    }

    // ---- the keyboard ------------------------------------------------------------------------------

    /** The focused element, as Tab left it. */
    record Focused(String id, String tag, String href, String type, String text, boolean ringShown) {}

    final List<Focused> reached = new ArrayList<>();

    /** Presses Tab (and nothing else) until the focused element matches; checks each one on the way. */
    private void tabUntil(Predicate<Focused> wanted) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            Focused f = focused();
            reached.add(f);
            assertThat(f.ringShown()).as("a visible focus on %s", f).isTrue();
            String name = accessibleName(page.locator(":focus"));
            assertThat(name).as("the accessible name of %s", f).isNotBlank();
            if (wanted.test(f)) return;
        }
        throw new AssertionError("the wanted control was not reached with Tab; reached: " + reached);
    }

    @SuppressWarnings("unchecked")
    private Focused focused() {
        var f = (Map<String, Object>) page.evaluate("""
                () => { const e = document.activeElement, s = getComputedStyle(e);
                  const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                  const halo = !!s.boxShadow && s.boxShadow !== 'none';
                  return {id: e.id || '', tag: e.tagName, href: e.getAttribute('href') || '', type: e.type || '',
                          text: (e.textContent || '').trim(), ring: e.matches(':focus-visible') && (ring || halo)}; }""");
        return new Focused((String) f.get("id"), (String) f.get("tag"), (String) f.get("href"), (String) f.get("type"),
                (String) f.get("text"), (Boolean) f.get("ring"));
    }

    /** The name the browser's accessibility tree gives the element ("- link \"Alert 12: …\"" → "Alert 12: …"). */
    private static String accessibleName(Locator element) {
        String first = element.ariaSnapshot().lines().findFirst().orElse("");
        var m = Pattern.compile("^- '?[\\w-]+ \"(.*?)\"").matcher(first.strip());     // YAML may quote the entry
        return m.find() ? m.group(1) : "";
    }

    /** Every link, button and field of the page (in the tab order) has an accessible name. */
    private void everyControlHasAName() {
        Locator controls = page.locator("a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])");
        int n = controls.count();
        assertThat(n).isPositive();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Locator c = controls.nth(i);
            if (accessibleName(c).isBlank()) unnamed.add((String) c.evaluate("e => e.outerHTML.slice(0, 160)"));
        }
        assertThat(unnamed).as("controls without an accessible name on " + page.url()).isEmpty();
    }
}
