package vn.dvc.kiosk.kiosk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * The admin opens "Máy kiosk" from the workspace and sees the demo kiosks (kiosk.health.demo-kiosks, on in the tests):
 * the one silent for 25 minutes first, flagged in words; on a tablet and a desk screen.
 */
@KioskIntegrationTest
class KioskHealthE2ETest {

    @LocalServerPort
    int port;

    @Test
    void anAdminSeesTheSilentDemoKioskFirst() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.TABLET);
            StaffSteps.signIn(page, "http://localhost:" + port, StaffSteps.ADMIN);
            page.locator(".staff-tile", new Page.LocatorOptions().setHasText("Máy kiosk")).click();

            assertThat(page.locator("h1")).hasText("Máy kiosk");
            assertThat(page.locator("#kiosk-health-summary")).containsText("mất liên lạc");
            assertThat(page.locator("#kiosk-health-table tbody tr").first()).hasClass(
                    java.util.regex.Pattern.compile(".*kiosk-silent.*"));
            assertThat(page.locator("tr[data-kiosk=DEMO-00004-02]")).containsText("Mất liên lạc");
            assertThat(page.locator("tr[data-kiosk=DEMO-00070-02]")).containsText("Máy in sắp hết giấy");
            assertThat(page.locator("tr[data-kiosk=DEMO-00004-01]")).containsText("Không thấy camera");
            assertThat(page.locator("tr[data-kiosk=DEMO-00070-01]")).containsText("Hoạt động bình thường");
            KioskBrowser.assertAccessible(page, "kiosk health");
            browser.screenshot(page, Screen.TABLET, "kiosk-health-admin");

            page.locator("#kiosk-health-refresh").click();
            assertThat(page.locator("tr[data-kiosk=DEMO-00004-02]")).containsText("Mất liên lạc");

            page.setViewportSize(Screen.KIOSK_LANDSCAPE.width, Screen.KIOSK_LANDSCAPE.height);
            browser.screenshot(page, Screen.KIOSK_LANDSCAPE, "kiosk-health-admin");
        }
    }
}
