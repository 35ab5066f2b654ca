package org.tocsin.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.tocsin.support.IntegrationTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Base of the console's browser tests: Debian's Chromium driven by Playwright (never a downloaded
 * browser), against the real server of {@link IntegrationTest}. One Playwright and one browser per test
 * class; a fresh context (no cookies, no cache) per test. Skipped, saying why, where Chromium is absent.
 */
abstract class BrowserTest extends IntegrationTest {

    static final Path CHROMIUM = Paths.get(System.getProperty("tocsin.chromium", "/usr/bin/chromium"));
    /** target/screenshots (or the build directory given with -Dtocsin.build.dir): surefire's tmpdir is its tmp/. */
    static final Path SCREENSHOTS = Paths.get(System.getProperty("tocsin.screenshots",
            Paths.get(System.getProperty("java.io.tmpdir")).toAbsolutePath().getParent().resolve("screenshots").toString()));

    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    /** What the browser complained of: a refused script or style (Content-Security-Policy) fails the test. */
    final List<String> complaints = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
                + ": browser tests skipped. Install Debian's (apt-get install -y chromium) or give -Dtocsin.chromium=/path/to/chromium");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) playwright.close();
        playwright = null;
        browser = null;
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(options());
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) complaints.add(m.text());
        });
        if (signInFirst()) signIn(withPassword(SUPERUSER));
    }

    /** Most tests start signed in (as {@link #SUPERUSER}); a test of signing in itself says no. */
    boolean signInFirst() { return true; }

    /** Signs in through the sign-in page, with the keyboard as a person would, and waits to leave it. */
    void signIn(String person) { signIn(page, person); }

    void signIn(Page p, String person) { signIn(p, person, PASSWORD); }

    void signIn(Page p, String person, String password) {
        p.navigate(url("/login"));
        p.locator("#person").fill(person);
        p.locator("#password").fill(password);
        p.locator("#password").press("Enter");
        p.waitForURL(u -> !u.contains("/login"));
    }

    /**
     * Signs a context in through its request API (which shares the context's cookies but not its
     * HTTP cache), so that a page-weight measurement still starts from an empty cache.
     */
    void signInQuietly(BrowserContext c, String person) {
        var login = c.request().get(url("/login"));
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.text());
        if (!m.find()) throw new IllegalStateException("no CSRF field on the sign-in page");
        var form = com.microsoft.playwright.options.FormData.create().set("_csrf", m.group(1)).set("person", person).set("password", PASSWORD);
        var done = c.request().post(url("/login"), com.microsoft.playwright.options.RequestOptions.create().setForm(form).setMaxRedirects(0));
        if (done.status() != 302 || done.headers().getOrDefault("location", "").contains("/login")) {
            throw new IllegalStateException("sign-in refused: " + done.status() + " " + done.headers().get("location"));
        }
    }

    /** English, a laptop-sized window; tests that need otherwise make their own context. */
    Browser.NewContextOptions options() {
        return new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 800);
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
        org.assertj.core.api.Assertions.assertThat(complaints).as("browser console errors")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    String url(String path) { return "http://localhost:" + port + path; }

    /** Saves the visible window (1280×800) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }
}
