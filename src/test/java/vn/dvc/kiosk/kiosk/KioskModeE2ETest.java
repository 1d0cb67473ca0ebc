package vn.dvc.kiosk.kiosk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The kiosk's screen as the browser unit starts it: Debian's Chromium with the switches of
 * {@code dvc-kiosk-browser.service}, read from the unit so that the test and the kiosk cannot drift apart, against
 * the running app. Headless, so two switches cannot apply as written: {@code --ozone-platform=wayland} (there is no
 * cage here; headless draws off-screen) and {@code --user-data-dir} (Playwright takes the profile folder as the
 * persistent context's own argument; a temporary folder stands in for the unit's /run one). The sandbox is off as
 * in every test here (the build runs as root). The read-aloud voices come from speech-dispatcher with espeak-ng, as on
 * the kiosk ({@code .ci/run} installs them).
 */
@KioskIntegrationTest
class KioskModeE2ETest {

    private static final Path SYSTEM_CHROMIUM = Paths.get(KioskLauncherUnits.CHROMIUM);

    @LocalServerPort
    int port;

    @Test
    void chromiumWithTheKioskSwitchesOpensTheHomeScreen(@TempDir Path profile) throws Exception {
        List<String> unitSwitches = KioskLauncherUnits.chromiumSwitches();
        List<String> args = new ArrayList<>(unitSwitches.stream()
                .filter(s -> !s.startsWith("--ozone-platform=") && !s.startsWith("--user-data-dir=")).toList());
        args.add("--no-sandbox");
        assertThat(args).contains("--kiosk");

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserType.LaunchPersistentContextOptions options = new BrowserType.LaunchPersistentContextOptions()
                    .setHeadless(true).setArgs(args).setViewportSize(1080, 1920).setHasTouch(true)
                    .setLocale("vi-VN");
            if (Files.isExecutable(SYSTEM_CHROMIUM)) {
                options.setExecutablePath(SYSTEM_CHROMIUM);
            }
            try (BrowserContext kiosk = playwright.chromium().launchPersistentContext(profile, options)) {
                kiosk.setDefaultTimeout(60_000);
                // what the page hands to the speech synthesis, seen from the page (nothing is changed)
                kiosk.addInitScript("""
                        window.spokenForTest = [];
                        const speak = speechSynthesis.speak.bind(speechSynthesis);
                        speechSynthesis.speak = (words) => {
                          window.spokenForTest.push({ text: words.text, voice: words.voice && words.voice.name,
                                                      lang: words.voice && words.voice.lang });
                          speak(words);
                        };""");
                Page page = kiosk.pages().isEmpty() ? kiosk.newPage() : kiosk.pages().getFirst();

                page.navigate("http://localhost:" + port + "/");

                assertThat(page.locator("#home")).isVisible();
                assertThat(page.locator("#home-question")).hasText("Bạn cần làm thủ tục gì?");

                // "Nghe đọc" reads the question with a Vietnamese voice (speech-dispatcher's espeak-ng here)
                assertThat(page.locator("#home kiosk-read-aloud button")).isVisible();
                page.locator("#home kiosk-read-aloud button").click();
                page.waitForFunction("() => window.spokenForTest.length > 0");
                @SuppressWarnings("unchecked")
                Map<String, Object> spoken = (Map<String, Object>) page.evaluate("() => window.spokenForTest[0]");
                assertThat(spoken.get("text")).isEqualTo("Bạn cần làm thủ tục gì?");
                assertThat((String) spoken.get("lang")).as("the voice's language").startsWithIgnoringCase("vi");
                assertThat((String) spoken.get("voice")).as("a plain voice, not one of espeak-ng's timbres")
                        .doesNotContain("+");
                Path screenshot = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"))
                        .resolve("kiosk-mode-home-1080x1920.png");
                page.screenshot(new Page.ScreenshotOptions().setPath(screenshot));
                assertThat(Files.size(screenshot)).isGreaterThan(10_000);

                // the browser really runs with the unit's switches
                page.navigate("chrome://version");
                String commandLine = page.locator("#command_line").innerText();
                for (String flag : args) {
                    assertThat(commandLine).as("chrome://version command line").contains(flag.split("=")[0]);
                }
            }
        }
    }
}
