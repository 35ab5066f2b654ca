package org.tocsin.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The console's reading pages in a real browser: overview, situation, signal, replay, language, weight, small screens. */
class ConsolePagesBrowserTest extends BrowserTest {

    static final String RWANDA = "/situations/rwanda-1993-1994";
    static final List<String> LEVELS = List.of("normal", "elevated", "high", "critical", "emergency");

    @Test
    void theOverviewShowsRwandaWithItsLevelInWordsAndColourAndTheMostSevereFirst() {
        page.navigate(url("/"));
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Rwanda 1993–94"))));
        Locator level = row.locator(".level");
        assertThat(level).hasText("Emergency");
        assertThat(level).hasClass(Pattern.compile("level-emergency"));
        // colour as well as words: the badge is not on a white ground
        assertThat((String) level.evaluate("e => getComputedStyle(e).backgroundColor")).isNotIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
        assertThat(row.locator("svg.spark polyline").getAttribute("points")).isNotBlank();
        assertThat(row.locator("svg.spark").getAttribute("aria-label")).contains("Emergency");

        // what waits on people first (situations with open alerts or overdue decisions, marked), then the
        // most severe: among the rest, the level classes of the rows never rise going down
        @SuppressWarnings("unchecked")
        List<String> classes = (List<String>) page.locator("tbody tr").evaluateAll(
                "rows => rows.map(r => (r.querySelector('.attention') ? 'attention ' : '') + r.className)");
        int firstQuiet = 0;
        while (firstQuiet < classes.size() && classes.get(firstQuiet).startsWith("attention ")) firstQuiet++;
        assertThat(classes.subList(firstQuiet, classes.size())).as("no marked row after an unmarked one")
                .noneMatch(c -> c.startsWith("attention "));
        List<Integer> severities = new ArrayList<>();
        for (String c : classes.subList(firstQuiet, classes.size())) {
            severities.add(LEVELS.stream().filter(l -> c.contains("row-" + l)).map(LEVELS::indexOf).findFirst().orElse(-1));
        }
        assertThat(severities).isSortedAccordingTo((a, b) -> b - a);

        // the demo's analyst holds a role in the Rwanda situation only: their overview is that one row
        signIn(page, "analyst", "tocsin-demo-1994");
        page.navigate(url("/"));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Rwanda 1993–94");
        screenshot("overview");
    }

    @Test
    void theSituationPageShowsTheMapTheChartAndTheSignalsThatDriveTheLevel() {
        page.navigate(url(RWANDA));
        assertThat(page.locator("h1")).hasText("Rwanda 1993–94");

        // the map: country outlines as SVG paths, Rwanda's highlighted, one dot per located signal
        assertThat(page.locator("svg.signal-map path.country").count()).isGreaterThan(3);
        assertThat(page.locator("svg.signal-map path.country.focus")).hasCount(1);
        assertThat(page.locator("svg.signal-map path.country.focus").getAttribute("d")).startsWith("M").endsWith("Z");
        assertThat(page.locator("svg.signal-map circle.dot").count()).isGreaterThan(30);
        assertThat(page.locator("svg.signal-map circle.family-genocide").count()).isPositive();

        // the chart: the score line, the four bands, a marker per change of level, the same changes as a table
        assertThat(page.locator("svg.risk-chart path.score-line").getAttribute("d")).startsWith("M");
        assertThat(page.locator("svg.risk-chart rect.band")).hasCount(4);
        assertThat(page.locator("svg.risk-chart .marker-level-change")).hasCount(6);
        assertThat(page.locator("svg.risk-chart rect.emergency-run").count()).isPositive();
        Locator critical = page.locator("table.changes tbody tr").filter(new Locator.FilterOptions().setHasText("Jan 11, 1994"));
        assertThat(critical.locator(".level").last()).hasText("Critical");
        assertThat(critical.getByRole(AriaRole.LINK)).hasText("rw-017");

        // the heatmap: the 14 factors over the months of the watch
        assertThat(page.locator("table.heatmap tbody tr")).hasCount(14);
        assertThat(page.locator("table.heatmap thead th.period").count()).isBetween(8, 12);

        // the explanation names the signals that drive the level, each a link to its page
        Locator drivers = page.locator("table.drivers tbody th a");
        assertThat(drivers.count()).isGreaterThanOrEqualTo(5);
        assertThat(drivers.first().getAttribute("href")).matches("/signals/[0-9a-f-]{36}");
        assertThat(page.locator(".now")).containsText("mass killing under way");
        page.evaluate("() => document.getElementById('chart').scrollIntoView()");
        screenshot("situation");

        String id = drivers.first().textContent();
        drivers.first().click();
        assertThat(page.locator("h1")).containsText(id);
        assertThat(page.locator(".summary-text")).not().isEmpty();
        assertThat(page.locator("dl.fields")).containsText("Received");
    }

    @Test
    void theReplayUnfoldsTheLevelAsTheSliderMoves() {
        page.navigate(url("/replay?case=rwanda-1993-1994&day=0"));
        Locator status = page.locator("#replay-status");
        assertThat(status.locator(".level")).hasText("Normal");
        LocalDate first = LocalDate.parse(page.locator("#day").getAttribute("data-start"));
        long day = ChronoUnit.DAYS.between(first, LocalDate.parse("1994-01-11"));

        page.locator("#day").fill(Long.toString(day));   // as a drag would: input events, htmx asks for the frame
        assertThat(status.locator(".level")).hasText("Critical");
        assertThat(status).containsText("January 11, 1994");
        assertThat(page.locator("#day-label")).hasText("January 11, 1994");
        assertThat(page).hasURL(Pattern.compile("day=" + day));
        assertThat(page.locator("#frame .changes-list li")).hasCount(5);

        page.locator("#day").focus();
        page.keyboard().press("End");                    // the keyboard moves the slider too
        assertThat(status.locator(".level")).hasText("Emergency");
        assertThat(page.locator("table.reached")).containsText("Apr 8, 1994");

        page.navigate(url("/replay?case=rwanda-1993-1994&day=" + (day + 40)));
        screenshot("replay");
    }

    @Test
    void theConsoleSpeaksFrenchOnceChosenAndRemembersIt() {
        page.navigate(url(RWANDA));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".skip")).hasText("Aller au contenu");
        assertThat(page.locator("#why-title")).hasText("Pourquoi ce niveau");
        assertThat(page.locator(".now .level")).hasText("Urgence");
        assertThat(page.locator("table.changes")).containsText("11 janv. 1994");
        assertThat(page.locator("table.heatmap")).containsText("Circonstances favorables ou actes préparatoires");

        // the choice is kept (a cookie): the next page, without ?lang, is French too
        page.navigate(url("/replay"));
        assertThat(page.locator("h1")).hasText("Rejouer");
        assertThat(page.locator("header nav.main-nav")).containsText("Situations");
        page.navigate(url(RWANDA + "/signals/new"));
        assertThat(page.locator("label[for=reliability-B]")).containsText("habituellement fiable");
        assertThat(page.locator("label[for=label-RED]")).containsText("les destinataires nommés uniquement");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Report a signal");
    }

    @Test
    void noPageLoadsMoreThan200KilobytesOfScript() throws IOException {
        page.navigate(url(RWANDA));
        String signal = page.locator("table.drivers tbody th a").first().getAttribute("href");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Overview", "/");
        pages.put("Situation (Rwanda)", RWANDA);
        pages.put("Signal intake form", RWANDA + "/signals/new");
        pages.put("Signal", signal);
        pages.put("Replay", "/replay");
        List<String> lines = new ArrayList<>();
        lines.add(PageWeight.header());
        for (var e : pages.entrySet()) {
            var fresh = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));   // empty cache
            signInQuietly(fresh, SUPERUSER);
            Page p = fresh.newPage();
            PageWeight weight = PageWeight.record(p);
            p.navigate(url(e.getValue()));
            p.waitForLoadState(LoadState.NETWORKIDLE);
            lines.add(weight.line(e.getKey()));
            assertThat(weight.script()).as("script on %s", e.getKey()).isLessThan(200 * 1024);
            fresh.close();
        }
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve("page-weights.md"), String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }

    @Test
    void everyPageFitsA360PixelWideScreen() {
        var phone = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(360, 740));
        Page p = phone.newPage();
        signIn(p, SUPERUSER);
        for (String path : List.of("/login", "/", RWANDA, RWANDA + "/signals/new", "/replay")) {
            p.navigate(url(path));
            Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object widest = p.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                    + "document.documentElement.clientWidth + 1 && !e.closest('.scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ')");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s: %s", path, widest).isLessThanOrEqualTo(0);
        }
        phone.close();
    }

    @Test
    void anUnknownSituationIsAPageThatSaysSoNotAStackTrace() {
        var response = page.navigate(url("/situations/nowhere-at-all"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("No situation with this name is under watch.");
        assertThat(page.locator("header nav.main-nav")).containsText("Replay");
    }
}
