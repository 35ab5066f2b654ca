package org.tocsin.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The register of requests for action and the mandate gap, in a real browser: a commander asks for
 * the raid on the arms caches, a headquarters desk officer refuses it as outside a Chapter VI
 * mandate, and the page says so — the ground, and the body that can change the mandate, which the
 * domain has informed. The 11 January 1994 cable, with the step that was missing then.
 */
class RequestsBrowserTest extends BrowserTest {

    static final String ACTION = "Raid the arms caches of the militia within 36 hours";

    @Override
    boolean signInFirst() { return false; }

    record World(String situation, String council, String commander, String desk, long request) {}

    /** A situation with a Chapter VI mandate given by a three-member council; a commander's request, wanted an hour ago. */
    World world(String prefix) {
        String s = uniqueSituation(prefix);
        String council = "council-" + s;
        var created = api().post("/api/situations", """
                {"id": "%s", "name": "Requests test %s", "country": "RW",
                 "mission": {"name": "Test mission", "established": "1993-10-05", "by": "S/RES/872 (1993)"},
                 "mandate": {"chapter": "VI", "mandating_body": "%s", "use_of_force": "self-defence only",
                             "permitted_actions": ["monitor the ceasefire", "contribute to the security of the capital"]},
                 "mandate_changes": [{"date": "1994-04-21", "by": "S/RES/912 (1994)", "summary": "Force reduced to about 270"}],
                 "bodies": [{"id": "%s", "name": "Test Security Council", "members": [
                     {"id": "AA", "name": "Aland"}, {"id": "BB", "name": "Bland"}, {"id": "CC", "name": "Cland"}]}]}
                """.formatted(s, s, council, council));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        var signal = api().post("/api/signals", """
                {"situation": "%s", "id": "ev-1", "kind": "field_report", "source": "Informant", "source_type": "informant",
                 "reliability": "B", "credibility": "2", "date": "1994-01-10", "summary": "Arms caches of the militia in four places", "label": "AMBER"}
                """.formatted(s));
        org.assertj.core.api.Assertions.assertThat(signal.status()).as(signal.body()).isEqualTo(201);
        String commander = "commander-" + s, desk = "desk-" + s;
        var request = as(commander, s, Role.COMMANDER).post("/api/requests", """
                {"situation": "%s", "action": "%s", "wanted_by": "%s", "evidence": ["ev-1"]}
                """.formatted(s, ACTION, Instant.now().minus(Duration.ofHours(1))));
        org.assertj.core.api.Assertions.assertThat(request.status()).as(request.body()).isEqualTo(201);
        as(desk, s, Role.DESK_OFFICER);
        withPassword(desk);
        return new World(s, council, commander, desk, request.json().path("id").asLong());
    }

    @Test
    void aCommandersRequestAppearsInTheRegisterWithTimeWaiting() {
        World w = world("register");
        signIn(w.desk());
        page.navigate(url("/requests?situation=" + w.situation()));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Requests"))).hasAttribute("aria-current", "page");
        assertThat(page.locator("h1")).hasText("Requests for action");

        Locator row = page.locator("table.register tbody tr").filter(new Locator.FilterOptions().setHasText(ACTION));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td").nth(1)).containsText(w.commander());                 // who asked
        assertThat(row).containsText("open");
        assertThat(row.locator(".overdue-flag")).hasText("overdue");                        // wanted an hour ago
        Locator waiting = row.locator("td").last();
        assertThat(waiting).containsText("and still waiting");
        assertThat(waiting).containsText(Pattern.compile("less than a minute|\\d+ min"));
        // the mandate it is weighed against, with the body that can change it
        assertThat(page.locator("main")).containsText("Test Security Council");
        assertThat(page.locator(".mandate-history")).containsText("S/RES/912 (1994)");
        screenshot("requests-register");

        page.navigate(url("/requests?situation=" + w.situation() + "&lang=fr"));
        assertThat(page.locator("h1")).hasText("Demandes d'action");
        assertThat(page.locator("table.register tbody tr").first()).containsText("en retard");
    }

    @Test
    void aDeskOfficerRefusesItAsOutsideTheMandateAndThePageShowsTheGroundAndTheBodyItWentTo() {
        World w = world("refusal");
        signIn(w.desk());
        page.navigate(url("/requests?situation=" + w.situation()));
        page.locator("table.register").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ACTION)).click();
        assertThat(page.locator("h1")).hasText("Request for action #" + w.request());
        assertThat(page.locator("#decisions")).containsText("No decision yet.");

        page.getByLabel("Refused", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Outside the mandate", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.locator("#ground-outside-hint")).containsText("every member of Test Security Council");
        page.locator("#rationale").fill("Beyond the mandate of a Chapter VI mission: not authorised. Brief the President instead.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        assertThat(page).hasURL(Pattern.compile(".*/requests/" + w.request() + "\\?decided.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The decision is recorded");
        Locator gap = page.locator(".gap-callout");
        assertThat(gap).containsText("Mandate gap");
        assertThat(gap).containsText("Refused as outside the mandate by " + w.desk());
        assertThat(gap).containsText("Test Security Council");
        Locator decision = page.locator("#decisions li.decision").first();
        assertThat(decision).containsText("refused");
        assertThat(decision).containsText("Outside the mandate");
        assertThat(decision).containsText("Beyond the mandate of a Chapter VI mission");
        assertThat(decision).containsText("Test Security Council");
        assertThat(decision).containsText("all 3 members");                               // the domain's referral, as recorded
        assertThat(page.locator("table.history")).containsText("Mandate gap sent to the mandating body");
        screenshot("request-refused");

        // the register leads with the gap
        page.navigate(url("/requests?situation=" + w.situation()));
        Locator gaps = page.locator("#gaps");
        assertThat(gaps).containsText(ACTION);
        assertThat(gaps).containsText("Outside the mandate");
        assertThat(gaps).containsText("Test Security Council");
        assertThat(page.locator("table.register tbody tr").first().locator(".gap-flag")).hasText("mandate gap");
        screenshot("requests");

        // what the domain recorded: the refusal with its ground and author, and an alert to the council
        var recorded = api().get("/api/requests/" + w.request()).json();
        org.assertj.core.api.Assertions.assertThat(recorded.path("status").asString()).isEqualTo("refused");
        org.assertj.core.api.Assertions.assertThat(recorded.path("decisions").get(0).path("ground").asString()).isEqualTo("outside_mandate");
        org.assertj.core.api.Assertions.assertThat(recorded.path("decisions").get(0).path("author").asString()).isEqualTo(w.desk());
        var alerts = api().get("/api/alerts?situation=" + w.situation()).json();
        org.assertj.core.api.Assertions.assertThat(alerts.findValuesAsString("kind")).contains("mandate_gap");
    }

    @Test
    void aRefusalWithoutGroundOrRationaleIsNotRecordedAndSaysWhyBesideTheFields() {
        World w = world("invalid");
        signIn(w.desk());
        page.navigate(url("/requests/" + w.request()));
        page.getByLabel("Refused", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The decision was not recorded");
        assertThat(page.locator("#ground-error")).containsText("a refusal states its ground");
        assertThat(page.locator("#rationale-error")).containsText("a decision states its rationale");
        assertThat(page.locator("#rationale")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Refused", new Page.GetByLabelOptions().setExact(true))).isChecked();
        org.assertj.core.api.Assertions.assertThat(api().get("/api/requests/" + w.request()).json().path("decisions")).isEmpty();
    }

    @Test
    void theRegisterAndARefusedRequestFitA360PixelWideScreen() {
        World w = world("phone");
        var refused = as(w.desk()).post("/api/requests/" + w.request() + "/decisions", """
                {"outcome": "refused", "ground": "outside_mandate", "rationale": "Beyond the mandate"}""");
        org.assertj.core.api.Assertions.assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB").setViewportSize(360, 740));
        Page p = phone.newPage();
        signIn(p, w.desk());
        for (String path : java.util.List.of("/requests?situation=" + w.situation(), "/requests/" + w.request())) {
            p.navigate(url(path));
            fitsAPhone(p, path);
        }
        phone.close();
    }

    /** No horizontal scrolling at 360 px, outside the regions made to scroll (as ConsolePagesBrowserTest checks its pages). */
    static void fitsAPhone(Page p, String path) {
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object widest = p.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "document.documentElement.clientWidth + 1 && !e.closest('.scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ')");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s: %s", path, widest).isLessThanOrEqualTo(0);
    }
}
