package org.tocsin.console;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The directory for administrators, in a real browser: a role granted and revoked takes effect for the person at once. */
class AdminPagesBrowserTest extends BrowserTest {

    static final String DEMO_PASSWORD = "tocsin-demo-1994";

    @Override
    boolean signInFirst() { return false; }

    @Test
    void anAdministratorGrantsARoleAndCreatesAnAccountAndTheRevokedPersonIsThenRefusedTheSituation() {
        String s = uniqueSituation("admin-pages");
        createSituation(s);
        String person = "newcomer-" + s, name = "Newcomer " + s, password = "first-password-" + s;
        var created = admin().post("/api/people", """
                {"id": "%s", "name": "%s", "email": "%s@example.org"}""".formatted(person, name, person));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        signIn(page, "admin", DEMO_PASSWORD);
        // the header's name leads to one's account; the directory is in the administrator's navigation
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signed in as admin")).click();
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("main")).containsText("Every situation");
        page.locator("nav.main-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("People")).click();
        assertThat(page).hasURL(url("/admin/people"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(page).hasURL(url("/admin/people/" + person));
        assertThat(page.locator("main")).containsText("This person holds no role.");

        page.locator("#situation").selectOption(s);
        page.locator("#role").selectOption("analyst");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Grant the role")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The role is granted.");
        assertThat(page.locator("#grants table")).containsText("Test situation " + s);

        page.locator("#password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is created.");
        assertThat(page.locator("#account")).containsText("This person can sign in with a password.");
        screenshot("admin-person");

        // the person, in a browser of their own
        BrowserContext theirs = browser.newContext(options());
        try {
            Page p = theirs.newPage();
            signIn(p, person, password);
            var open = p.navigate(url("/situations/" + s));
            assertThat(open.status()).isEqualTo(200);
            assertThat(p.locator("main h1")).containsText("Test situation " + s);
            assertThat(p.locator("nav.main-nav")).not().containsText("People");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke analyst in Test situation " + s)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The role is revoked.");
            assertThat(page.locator("main")).containsText("This person holds no role.");

            // the same session, the next request: refused
            var refused = p.navigate(url("/situations/" + s));
            assertThat(refused.status()).isEqualTo(403);
        } finally {
            theirs.close();
        }
        // each change is journaled under the administrator's name
        var journal = jdbc.queryForList("select type, actor from journal where subject = ? order by seq", "person:" + person);
        assertThat(journal.stream().filter(m -> "admin".equals(m.get("actor"))).map(m -> String.valueOf(m.get("type"))).toList())
                .containsSubsequence("permission.granted", "account.created", "permission.revoked");
    }
}
