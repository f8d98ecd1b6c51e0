package cn.gov.egov.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Real Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) driven by Playwright; never downloads a browser.
 * One browser per test JVM ({@link #shared()}, closed at exit), a fresh context (cookies, session) per page.
 */
public final class BrowserHarness implements AutoCloseable {

    private static BrowserHarness shared;

    /** The test JVM's browser, started on first use. */
    public static synchronized BrowserHarness shared() {
        if (shared == null) {
            shared = new BrowserHarness();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "chromium-stop"));
        }
        return shared;
    }

    private final Playwright playwright;
    private final Browser browser;

    public BrowserHarness() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": apt-get install chromium (or set CHROMIUM_PATH)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    /** A new page in a new context, 1366×768 (the smallest office screen we design for), Chinese locale. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("zh-CN"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
