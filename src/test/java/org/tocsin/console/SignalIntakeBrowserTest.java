package org.tocsin.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.tocsin.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The signal form and the signal page in a real browser: reporting, suggestions, errors, keyboard only, hostile text. */
class SignalIntakeBrowserTest extends BrowserTest {

    static final String REPORT = "Militia members distributed machetes and firearms to civilians at a roadblock in Gisenyi.";
    static final Pattern SIGNAL_PAGE = Pattern.compile(".*/signals/[0-9a-f-]{36}\\?recorded.*");

    @Test
    void aReporterRecordsASignalWithASuggestedIndicatorAccepted() {
        String s = situation();
        page.navigate(url("/situations/" + s + "/signals/new"));
        page.locator("#summary").fill(REPORT);
        Locator arms = page.locator("#offer-RF07-04");     // suggested as the text changes (htmx, debounced)
        assertThat(arms).isVisible();
        assertThat(page.locator("#offers")).containsText("distributed machetes");
        arms.check();
        page.locator("#source").fill("UNAMIR military observers, Gisenyi");
        page.locator("label[for=reliability-B]").click();
        page.locator("label[for=credibility-2]").click();
        page.locator("#location").fill("Gisenyi, Rwanda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the signal")).click();

        assertThat(page).hasURL(SIGNAL_PAGE);
        assertThat(page.locator(".notice")).containsText("recorded");
        assertThat(page.locator("dl.fields")).containsText("RF07.04");
        JsonNode stored = api().get("/api/signals/" + uid(page)).json();
        assertThat(codes(stored.path("indicators"))).containsExactly("RF07.04");
        assertThat(stored.path("reliability").asString()).isEqualTo("B");
        assertThat(stored.path("channel").asString()).isEqualTo("web_form");
        // what was not accepted stays a suggestion, for an analyst
        assertThat(page.locator("#suggestion-RF05-02")).containsText("RF05.02");
    }

    /** The form as the docs show it: on the demo situation, a suggestion accepted, nothing sent (the demo stays as it is). */
    @Test
    void theFormShowsTheSuggestionsForTheDemoSituation() {
        page.navigate(url("/situations/rwanda-1993-1994/signals/new"));
        page.locator("#summary").fill(REPORT);
        page.locator("#offer-RF07-04").check();
        page.locator("#source").fill("UNAMIR military observers, Gisenyi");
        page.evaluate("() => window.scrollTo(0, 0)");
        assertThat(page.locator("#offer-RF07-04")).isChecked();
        screenshot("intake");
    }

    @Test
    void anAnalystConfirmsOrRejectsASuggestionInPlace() {
        String s = situation();
        String uid = submitByApi(s, "a-1", REPORT);
        page.navigate(url("/signals/" + uid));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm RF07.04")).click();
        assertThat(page.locator("#suggestion-RF07-04")).containsText("Confirmed by " + SUPERUSER + "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject RF12.02")).click();
        assertThat(page.locator("#suggestion-RF12-02")).containsText("Rejected by " + SUPERUSER + "");
        assertThat(page).hasURL(Pattern.compile(".*/signals/" + uid + "$"));     // swapped in place, no reload

        List<String> statuses = new ArrayList<>();
        api().get("/api/signals/" + uid + "/suggestions").json().forEach(x -> statuses.add(x.path("code").asString() + " " + x.path("status").asString()));
        assertThat(statuses).contains("RF07.04 confirmed", "RF12.02 rejected");
    }

    @Test
    void fieldErrorsAppearBesideTheirFieldsAndNothingIsStored() {
        String s = situation();
        page.navigate(url("/situations/" + s + "/signals/new"));
        page.locator("#lat").fill("north of Kigali");
        page.locator("#lon").fill("30.06");
        var response = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Record the signal")).click());
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#summary-error")).containsText("is required");
        assertThat(page.locator("#source-error")).containsText("is required");
        assertThat(page.locator("#reliability-error")).containsText("is required");
        assertThat(page.locator("#credibility-error")).containsText("is required");
        assertThat(page.locator("#lat-error")).containsText("must be a number");
        assertThat(page.locator("#summary")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#summary")).hasAttribute("aria-describedby", Pattern.compile("summary-error"));
        assertThat(page.locator("#lon")).hasValue("30.06");                   // what was typed is kept
        assertThat(page.locator(".error-summary a[href='#summary']")).isVisible();
        assertThat(page.locator(":focus")).hasId("error-summary");           // read out first
        assertThat(signalCount(s)).isZero();
    }

    @Test
    void aScriptInASummaryIsShownAsTextAndNeverRuns() {
        String s = situation();
        String payload = "<script>alert('xss')</script><img src=x onerror=\"alert(1)\"> \"quoted\" & <b>bold</b>";
        String uid = submitByApi(s, "x-1", payload);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(url("/signals/" + uid));
        assertThat(page.locator(".summary-text")).hasText(payload);
        assertThat(page.locator("main b")).hasCount(0);
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(page.locator("h1")).containsText("x-1");

        page.navigate(url("/situations/" + s));
        assertThat(page.locator("ol.timeline .excerpt").first()).hasText(payload);
        assertThat(page.locator("main img")).hasCount(0);

        // and typed into the form, not only through the API
        page.navigate(url("/situations/" + s + "/signals/new"));
        fillRequired(payload, "<script>alert('source')</script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the signal")).click();
        assertThat(page).hasURL(SIGNAL_PAGE);
        assertThat(page.locator(".summary-text")).hasText(payload);
        assertThat(page.locator("dl.fields")).containsText("<script>alert('source')</script>");

        page.waitForTimeout(300);   // an injected handler would have fired by now
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theSignalFormCanBeFilledAndSentWithTheKeyboardAlone() {
        String s = situation();
        page.navigate(url("/situations/" + s + "/signals/new"));
        tabUntil(el -> "summary".equals(el.id()));
        page.keyboard().type(REPORT);
        assertThat(page.locator("#offer-RF07-04")).isVisible();              // suggestions arrived while typing

        page.keyboard().press("Tab");                                        // the first suggestion follows the text
        assertThat(page.locator(":focus")).hasAttribute("name", "indicators");
        String accepted = page.locator(":focus").getAttribute("value");
        page.keyboard().press("Space");
        assertThat(page.locator(":focus")).isChecked();

        tabUntil(el -> "source".equals(el.id()));
        page.keyboard().type("Church network, Nyundo parish");
        tabUntil(el -> "reliability".equals(el.name()));                    // into the grades: Space chooses
        page.keyboard().press("Space");
        assertThat(page.locator(":focus")).isChecked();
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("name", "credibility");
        page.keyboard().press("Space");
        assertThat(page.locator(":focus")).isChecked();

        tabUntil(el -> "submit".equals(el.type()));
        assertThat(page.locator(":focus")).hasText("Record the signal");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(SIGNAL_PAGE);
        JsonNode stored = api().get("/api/signals/" + uid(page)).json();
        assertThat(codes(stored.path("indicators"))).containsExactly(accepted);
        assertThat(stored.path("reliability").asString() + stored.path("credibility").asString()).isEqualTo("A1");
        assertThat(stored.path("source").asString()).isEqualTo("Church network, Nyundo parish");
    }

    @Test
    void theFormWorksWithoutScript() {
        String s = situation();
        var noScript = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setJavaScriptEnabled(false));
        Page p = noScript.newPage();
        signIn(p, SUPERUSER);                                                // the sign-in form needs no script either
        p.navigate(url("/situations/" + s + "/signals/new"));
        p.locator("#summary").fill(REPORT);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suggest indicators from the text")).click();
        p.locator("#offer-RF05-02").check();                                // suggestions came with the page
        p.locator("#source").fill("NGO monitor");
        p.locator("label[for=reliability-C]").click();
        p.locator("label[for=credibility-3]").click();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the signal")).click();
        assertThat(p).hasURL(SIGNAL_PAGE);
        assertThat(codes(api().get("/api/signals/" + uid(p)).json().path("indicators"))).containsExactly("RF05.02");
        noScript.close();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private String situation() {
        String s = uniqueSituation("console");
        createSituation(s);
        return s;
    }

    private void fillRequired(String summary, String source) {
        page.locator("#summary").fill(summary);
        page.locator("#source").fill(source);
        page.locator("label[for=reliability-F]").click();
        page.locator("label[for=credibility-6]").click();
    }

    private String submitByApi(String situation, String id, String summary) {
        ObjectNode n = Api.JSON.createObjectNode();
        n.put("situation", situation).put("id", id).put("date", "1994-01-10").put("kind", "field_report")
                .put("source", "Field monitor").put("source_type", "ngo").put("reliability", "B").put("credibility", "2")
                .put("location", "Kigali, Rwanda").put("summary", summary);
        var created = api().post("/api/signals", n.toString());
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("uid").asString();
    }

    private static String uid(Page p) {
        var m = Pattern.compile("/signals/([0-9a-f-]{36})").matcher(p.url());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asString()));
        return out;
    }

    /** What the focused element is, for moving with Tab only. */
    record Focused(String id, String name, String type) {}

    /** Presses Tab (and nothing else) until the focused element matches; fails after 80 presses. */
    private void tabUntil(Predicate<Focused> wanted) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            var f = (java.util.Map<String, Object>) page.evaluate(
                    "() => { const e = document.activeElement; return {id: e.id || '', name: e.getAttribute('name') || '', type: e.type || ''}; }");
            if (wanted.test(new Focused((String) f.get("id"), (String) f.get("name"), (String) f.get("type")))) return;
        }
        throw new AssertionError("the wanted field was not reached with Tab");
    }
}
