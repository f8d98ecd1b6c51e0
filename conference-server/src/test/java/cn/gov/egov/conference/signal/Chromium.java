package cn.gov.egov.conference.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium (or CHROMIUM_PATH) with a fake camera and microphone that need no permission prompt, one per
 * test JVM, a fresh context per page. Never downloads a browser.
 */
public final class Chromium {

    public static final List<String> FAKE_MEDIA = List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream");
    private static Chromium shared;

    private final Playwright playwright;
    private final Browser browser;

    public static synchronized Chromium shared() {
        if (shared == null) {
            shared = new Chromium();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.browser.close();
                shared.playwright.close();
            }, "chromium-stop"));
        }
        return shared;
    }

    private Chromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": apt-get install chromium (or set CHROMIUM_PATH)");
        }
        playwright = Playwright.create();
        List<String> args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--autoplay-policy=no-user-gesture-required"));
        args.addAll(FAKE_MEDIA);
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(args));
    }

    /** A new page in a new context, 1366×768, Chinese locale. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("zh-CN"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }
}
