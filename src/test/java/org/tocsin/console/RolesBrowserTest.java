package org.tocsin.console;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tocsin.access.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Two people, two roles, one situation: each sees what their role allows, in a real browser. */
class RolesBrowserTest extends BrowserTest {

    @Override
    boolean signInFirst() { return false; }

    @Test
    void aReporterAndAnAnalystSignedInSeeDifferentThings() {
        String s = uniqueSituation("roles");
        createSituation(s);
        api().post("/api/signals", """
                {"situation": "%s", "id": "cable-rw-1", "kind": "diplomatic_cable", "source": "HQ", "source_type": "un_hq", "reliability": "A",
                 "credibility": "2", "date": "1994-01-11", "summary": "Reply marked no distribution", "label": "RED"}""".formatted(s));
        String reporter = "roles-reporter-" + s, analyst = "roles-analyst-" + s;
        as(reporter, s, Role.REPORTER);
        as(analyst, s, Role.ANALYST);
        withPassword(reporter);
        withPassword(analyst);

        page.navigate(url("/situations/" + s));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=.*"));
        page.locator("#person").fill(reporter);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(url("/situations/" + s));
        assertThat(page.locator("header")).containsText("Signed in as " + reporter);
        assertThat(page.locator("main")).not().containsText("cable-rw-1");
        screenshot("roles-reporter");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator("main")).containsText("You are signed out.");
        signIn(analyst);
        page.navigate(url("/situations/" + s));
        assertThat(page.locator("header")).containsText("Signed in as " + analyst);
        assertThat(page.locator("main")).containsText("cable-rw-1");
        screenshot("roles-analyst");
    }

    @Test
    void theSignInPageShowsTheDemoAccountsAndAWrongPasswordSaysSo() {
        page.navigate(url("/login"));
        assertThat(page.locator("main")).containsText("Demo accounts");
        assertThat(page.locator("main")).containsText("desk-officer");
        page.locator("#person").fill("analyst");
        page.locator("#password").fill("wrong-password-here");
        page.locator("#password").press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The person id or password is not right.");
        screenshot("login");
    }
}
