package cn.gov.egov.bench.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Real Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) through Playwright: one browser, one context (own
 * cookies, so its own HTTP and Vaadin session) per learner, opened one after another, each waited for until its page
 * is fully rendered and Vaadin has no request in flight. Nothing is closed until {@link #closeAll()}: the pages keep
 * sending Vaadin's heartbeats, so their sessions and UIs stay alive on the server.
 */
final class BrowserSessions implements AutoCloseable {

    /** True when every Vaadin client on the page has no request in flight. */
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""";

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    BrowserSessions() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": apt-get install chromium (or set CHROMIUM_PATH)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync",
                        "--disable-extensions", "--mute-audio")));
    }

    String version() {
        return browser.version();
    }

    int open() {
        return contexts.size();
    }

    /**
     * Opens {@code path} in a new context as {@code username}: the portal sends the browser to its log-in page, and
     * after signing in back to {@code path}; returns when the page is rendered and Vaadin is idle.
     */
    void openSession(String baseUrl, String path, PageKind kind, String username, String password) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("zh-CN"));
        contexts.add(context);
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate(baseUrl + path);
        page.locator("vaadin-login-form input[name='username']").waitFor();
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/login"));
        if (!page.url().startsWith(baseUrl + path)) {
            // not sent back to the page asked for: open it (one more UI in this session; the report counts UIs)
            page.navigate(baseUrl + path);
        }
        switch (kind) {
            case REFERENCE -> page.waitForFunction("""
                    () => !!document.querySelector('vaadin-grid.reference-grid')
                          && [...document.querySelectorAll('vaadin-grid-cell-content')].some(e => e.textContent === 'b')""");
            case HOME -> {
                page.locator(".home-view .welcome").waitFor();
                page.locator(".home-view .notices-card").waitFor();
            }
            case COURSE -> page.waitForFunction(
                    "() => document.querySelectorAll('.course-page .course-lessons .course-lesson').length >= 8");
        }
        page.waitForFunction(VAADIN_IDLE);
        if (!page.url().startsWith(baseUrl + path)) {
            throw new IllegalStateException(username + " landed on " + page.url() + " instead of " + path);
        }
    }

    /** Sends Chromium a critical memory-pressure signal (DevTools {@code Memory.simulatePressureNotification}). */
    void purgeMemory() {
        for (BrowserContext c : contexts) {
            if (c.pages().isEmpty()) {
                continue;
            }
            CDPSession cdp = c.newCDPSession(c.pages().getFirst());
            JsonObject params = new JsonObject();
            params.addProperty("level", "critical");
            cdp.send("Memory.simulatePressureNotification", params);
            cdp.detach();
            return; // browser-wide: one page's session is enough
        }
    }

    /** Closes every context (the server keeps their sessions until they time out; the portal is stopped next). */
    void closeAll() {
        for (BrowserContext c : contexts) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // the browser may already be gone
            }
        }
        contexts.clear();
    }

    @Override
    public void close() {
        closeAll();
        browser.close();
        playwright.close();
    }
}
