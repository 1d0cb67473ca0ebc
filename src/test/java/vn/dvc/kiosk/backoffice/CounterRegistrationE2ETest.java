package vn.dvc.kiosk.backoffice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * The counter form in a real Chromium at tablet size (1280×800): canbo opens it from the queue, tries once with a
 * mistake, registers a residence registration handed in at the counter, sees the new code and opens the dossier's desk
 * page. Screenshots in target/screenshots (counter-*).
 */
@KioskIntegrationTest
class CounterRegistrationE2ETest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerRegistersACounterDossierOnATablet() {
        Screen screen = Screen.TABLET;
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(screen);
            StaffSteps.signIn(page, "http://localhost:" + port, StaffSteps.OFFICER);
            assertThat(page.locator("a.staff-tile[href='can-bo/tiep-nhan-truc-tiep']")).isVisible();
            page.locator("a.staff-tile[href='can-bo/ho-so']").click();
            page.locator("#desk-counter-registration").click();
            assertThat(page.locator("#counter-submit")).isVisible();

            Locator procedure = page.locator("#counter-procedure input");
            procedure.click();
            procedure.fill("thuong tru");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("1.004222"))
                    .first().click();
            page.locator("#counter-full-name input").fill("Trần Văn Hùng");
            page.locator("#counter-id-number input").fill("0010850123");
            page.locator("#counter-submit").click();
            assertThat(page.locator("#counter-id-number")).containsText("đúng 12 chữ số");
            assertThat(page.locator("#counter-message")).containsText("Còn 1 chỗ cần sửa");
            waitForServer(page);
            browser.screenshot(page, screen, "counter-01-mistake");
            KioskBrowser.assertAccessible(page, "counter form with a mistake");

            page.locator("#counter-id-number input").fill("001085012345");
            page.locator("#counter-phone input").fill("0901234567");
            page.locator("#counter-submit").click();
            assertThat(page.locator("#counter-done-code")).containsText("Đã tiếp nhận hồ sơ 000.00.00.H01-");
            String code = page.locator("#counter-done-code").textContent()
                    .replaceAll("^Đã tiếp nhận hồ sơ (\\S+)\\. .*$", "$1");
            assertThat(page.locator("#counter-full-name input")).hasValue("");
            assertThat(page.locator("#counter-procedure input")).hasValue("Đăng ký thường trú (1.004222)");
            waitForServer(page);
            browser.screenshot(page, screen, "counter-02-registered");
            KioskBrowser.assertAccessible(page, "counter form after registering");

            page.locator("#counter-done-open").click();
            assertThat(page.locator("#desk-dossier-code")).hasText(code);
            assertThat(page.locator("#desk-summary")).containsText("Đã tiếp nhận");
            assertThat(page.locator("#desk-history")).containsText("Nguyễn Thị Lan (canbo, 000.00.00.H01)");
            waitForServer(page);
            browser.screenshot(page, screen, "counter-03-dossier");
        }
    }

    private static void waitForServer(Page page) {
        page.waitForFunction("() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive()); }");
    }
}
