package org.tocsin.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The determination grid and the force view in a real browser: reached from the situation page, drawn
 * without script, readable on a phone, and photographed for the documentation (determination.png,
 * force.png in the screenshot directory). Signed in as {@link #SUPERUSER}, who may read both.
 */
class DeterminationAndForceBrowserTest extends BrowserTest {

    /** The January 1994 serious-risk determination, recorded by its author, an analyst of the situation. */
    private long recordSeriousRisk(String situation) {
        return January1994.recordSeriousRisk(as(January1994.AUTHOR, situation, Role.ANALYST), situation);
    }

    @Test
    void theDeterminationGridShowsTheComputedConclusionAndTheFindingOnEveryElement() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("browser-grid"));
        long id = recordSeriousRisk(s);

        // from the situation page, through the list, to the grid
        page.navigate(url("/situations/" + s));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Determinations").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Determinations");
        assertThat(page.locator("#recorded .conclusion-badge")).hasText("Established");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("determination " + id).setExact(true)).first().click();

        assertThat(page.locator("h1")).containsText("Serious risk of genocide");
        Locator conclusion = page.locator("section.conclusion .conclusion-badge.big");
        assertThat(conclusion).hasText("Established");
        // the badge is words on a ground that is not the page's
        assertThat((String) conclusion.evaluate("e => getComputedStyle(e).backgroundColor")).isNotIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
        assertThat(page.locator("table.conjuncts tbody tr")).hasCount(5);
        // ten elements and the heading of the group of listed acts
        assertThat(page.locator("table.grid tbody tr")).hasCount(11);
        assertThat(page.locator("#el-GEN-I .status")).hasText("established");
        assertThat(page.locator("#el-GEN-A\\(b\\) .status")).hasText("unaddressed");
        assertThat(page.locator("#el-GEN-I .rules")).containsText("INF-9");
        assertThat(page.locator("#el-GEN-G1 .suggested")).containsText("left for a person");
        assertThat(page.locator("#signed")).containsText("political-adviser");
        page.evaluate("() => window.scrollTo(0, document.querySelector('section.conclusion').offsetTop - 12)");
        screenshot("determination");
        page.evaluate("() => document.getElementById('grid').scrollIntoView()");
        screenshot("determination-grid");

        // the evidence behind a cell opens its signal
        page.locator("#el-GEN-I .evidence-list a").first().click();
        assertThat(page.locator("h1")).containsText("rw-009");

        // the demo's determinations due, with their deadline and what the evidence pre-fills
        page.navigate(url("/situations/rwanda-1993-1994/determinations"));
        assertThat(page.locator("#due article.due-item").first()).containsText("To be determined by");
        screenshot("determinations");
    }

    @Test
    void theForceViewShowsTheSitesOnTheMapAndWhatAWithdrawalWouldExpose() {
        page.navigate(url("/situations/rwanda-1993-1994"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protection capacity").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Protection capacity");

        // a day from the list of days the force changed
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apr 11, 1994").setExact(true)).click();
        assertThat(page.locator("#on")).hasValue("1994-04-11");
        assertThat(page.locator("svg.detail-panel circle.site-marker").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("svg.detail-panel")).containsText("ETO · 2,000");
        assertThat(page.locator("svg.country-panel path.country.focus")).hasCount(1);
        assertThat(page.locator("#site-ETO .guard-state")).hasText("guarded");
        assertThat(page.locator("#contingent-BEL_KIBAT svg.strength-chart path.chart-line")).hasCount(1);

        // what if Bangladesh withdraws that day? (the form works without script: a GET)
        page.locator("#kind-withdrawal").check();
        page.locator("#contingent").selectOption("BGD");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assess the impact")).click();
        Locator result = page.locator(".what-if-result");
        assertThat(result).containsText("withdraw BGD");
        assertThat(result.locator(".impact-key strong").first()).hasText("AMAHORO");
        // on 11 April the only figure for the stadium is the period's "up to 12,000" (low confidence)
        assertThat(result).containsText("12,000");
        assertThat(result.locator(".impact-key .confidence").first()).hasText("low confidence");

        page.navigate(url("/situations/rwanda-1993-1994/force?on=1994-04-11"));
        screenshot("force-top");
        page.evaluate("() => document.getElementById('sites').scrollIntoView()");
        screenshot("force");
        page.evaluate("() => document.getElementById('changes').scrollIntoView()");
        screenshot("force-changes");
    }

    @Test
    void bothPagesFitA360PixelScreenAndLoadNoScript() throws Exception {
        String s = January1994.situation(api(), uniqueSituation("browser-phone"));
        long id = recordSeriousRisk(s);
        var phone = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(360, 740));
        Page p = phone.newPage();
        signIn(p, SUPERUSER);
        for (String path : List.of("/situations/" + s + "/determinations", "/situations/" + s + "/determinations/" + id,
                "/situations/rwanda-1993-1994/determinations", "/situations/rwanda-1993-1994/force?on=1994-04-21")) {
            PageWeight weight = PageWeight.record(p);
            p.navigate(url(path));
            p.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(weight.script()).as("script on %s", path).isZero();
            Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object widest = p.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                    + "document.documentElement.clientWidth + 1 && !e.closest('.scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ')");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s: %s", path, widest).isLessThanOrEqualTo(0);
        }
        // the grid as stacked cards, for the eye
        p.navigate(url("/situations/" + s + "/determinations/" + id + "#el-GEN-I"));
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("determination-phone.png")));
        phone.close();
    }
}
