package org.tocsin.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The console's main journey, as the people it is for walk it, in a real browser: an analyst signs
 * in, reads the Rwanda situation (map, chart, explanation), reports what a bishop saw with the
 * suggested indicators and flags it critical; the desk officer it is addressed to signs in, finds the
 * alert, acknowledges and decides it; the decision is in the journal; the console speaks French.
 */
class MainJourneyBrowserTest extends BrowserTest {

    @Override
    boolean signInFirst() { return false; }

    @Test
    void aCriticalReportBecomesAnAlertThatIsAcknowledgedDecidedAndJournaled() {
        String s = uniqueSituation("journey");
        createSituation(s);
        String analyst = "journey-analyst-" + s, desk = "journey-desk-" + s, auditor = "journey-auditor-" + s;
        as(analyst, s, Role.ANALYST);
        as(analyst, "rwanda-1993-1994", Role.ANALYST);
        as(desk, s, Role.DESK_OFFICER);
        as(auditor, s, Role.AUDITOR);
        AlertFixtures.ladder(admin(), s, desk, null);
        withPassword(analyst);
        withPassword(desk);
        withPassword(auditor);

        // the analyst signs in and reads the Rwanda situation
        signIn(analyst);
        page.navigate(url("/situations/rwanda-1993-1994"));
        assertThat(page.locator("svg.signal-map")).isVisible();
        assertThat(page.locator("svg.risk-chart")).isVisible();
        assertThat(page.locator("#why table.drivers tbody tr a").first()).isVisible();

        // and reports, with a suggested indicator accepted and the critical flag
        page.navigate(url("/situations/" + s + "/signals/new"));
        page.locator("#summary").fill("The bishop reports that guns and machetes were distributed to civilians in the parish.");
        Locator arms = page.locator("#offer-RF07-04");
        assertThat(arms).isVisible();
        arms.check();
        page.locator("#source").fill("Bishop of Nyundo");
        page.locator("label[for=reliability-B]").click();
        page.locator("label[for=credibility-2]").click();
        page.locator("#critical").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the signal")).click();
        assertThat(page.locator("dl.fields")).containsText("RF07.04");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        // the desk officer finds the alert it raised, acknowledges and decides it
        signIn(desk);
        page.navigate(url("/alerts"));
        Locator row = page.locator("#waiting tbody tr").filter(new Locator.FilterOptions().setHasText(s));
        assertThat(row).hasCount(1);
        assertThat(row.locator("time.countdown").first()).hasText(Pattern.compile("due in .*"));
        row.getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page.locator("#status")).containsText("acknowledged");
        page.locator("#outcome-act").check();
        page.locator("#decide-rationale").fill("Search the caches named by the bishop with the gendarmerie; report by Friday.");
        page.locator("#decide-ground").fill("S/RES/872 (1993)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".state-badge")).hasText("decided");
        screenshot("journey-decided");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        // the auditor sees the decision in the journal, and the console in French
        signIn(auditor);
        page.navigate(url("/journal?situation=" + s + "&type=alert.decided"));
        assertThat(page.locator("main table").first()).containsText(desk);
        page.navigate(url("/journal?situation=" + s + "&type=alert.decided&lang=fr"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("header")).containsText("Connecté en tant que " + auditor);
        screenshot("journey-journal-fr");
    }
}
