package vn.dvc.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real Chromium for the journeys: Debian's when installed (CI installs it), never a downloaded one. Screenshots go
 * to {@code target/screenshots}; every screen can be scanned with axe-core for WCAG 2.2 AA.
 */
public final class KioskBrowser implements AutoCloseable {

    /** The screens we build for. */
    public enum Screen {
        KIOSK_PORTRAIT(1080, 1920), KIOSK_LANDSCAPE(1920, 1080), TABLET(1280, 800);

        public final int width;
        public final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public String label() {
            return name().toLowerCase().replace('_', '-') + "-" + width + "x" + height;
        }
    }

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final Path screenshots;

    /**
     * The switch that gives Chromium on Linux its voices (speech-dispatcher), as the kiosk's browser unit starts it.
     * Only the tests about read-aloud take it: without it the "Nghe đọc" buttons stay hidden, and the many other
     * browsers of the suite do not each wake a speech daemon listing 13,000 voices.
     */
    public static final List<String> WITH_VOICES = List.of("--enable-speech-dispatcher");

    public KioskBrowser() {
        this(List.of());
    }

    /** With extra Chromium switches, e.g. a fake camera playing a video file. */
    public KioskBrowser(List<String> extraArgs) {
        // a screen change is a server round trip: on a 2-core CI machine running MariaDB, the app and Chromium
        // together, 5 s (Playwright's default) is sometimes not enough; waiting longer changes no expectation
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        List<String> args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"));
        args.addAll(extraArgs);
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(args);
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
        screenshots = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    /** A fresh visitor: new cookies, new storage, the given screen size, touch on. */
    public Page newVisitor(Screen screen) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width, screen.height).setHasTouch(true).setLocale("vi-VN"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    public Path screenshot(Page page, Screen screen, String name) {
        Path file = screenshotFile(screen, name, "png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    /** Where a file of this name and screen goes, beside the screenshots, e.g. ("receipt", "pdf"). */
    public Path screenshotFile(Screen screen, String name, String extension) {
        return screenshots.resolve(name + "-" + screen.label() + "." + extension);
    }

    /** Fails with the rule, impact and elements of every WCAG 2.2 A/AA violation on the page. */
    public static void assertAccessible(Page page, String screenName) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core WCAG 2.2 AA violations on %s:%n%s", screenName, describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
