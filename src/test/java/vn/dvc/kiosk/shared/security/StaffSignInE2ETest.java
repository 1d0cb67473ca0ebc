package vn.dvc.kiosk.shared.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * Staff sign in, see the screens of their role only, and sign out; the session id changes at sign-in and a signed-out
 * browser is asked for the password again.
 */
@KioskIntegrationTest
class StaffSignInE2ETest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerSignsInSeesOnlyTheirScreensAndSignsOut() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.TABLET);
            page.navigate(url("/can-bo/doi-soat-thanh-toan"));
            assertThat(page).hasURL(url("/dang-nhap"));
            assertThat(page.locator("h1")).hasText("Đăng nhập dành cho cán bộ");
            KioskBrowser.assertAccessible(page, "staff sign-in");
            browser.screenshot(page, Screen.TABLET, "60-staff-sign-in");
            String before = sessionId(page);

            page.locator("#sign-in-form input[name=username]").fill(StaffSteps.OFFICER);
            page.locator("#sign-in-form input[name=password]").fill("not-the-password");
            page.locator("#sign-in-form vaadin-button[slot=submit]").click();
            assertThat(page.locator("#sign-in-form")).containsText("Tên đăng nhập hoặc mật khẩu chưa đúng");
            browser.screenshot(page, Screen.TABLET, "61-staff-sign-in-wrong");

            page.locator("#sign-in-form input[name=username]").fill(StaffSteps.OFFICER);
            page.locator("#sign-in-form input[name=password]").fill(StaffSteps.passwordOf(StaffSteps.OFFICER));
            page.locator("#sign-in-form vaadin-button[slot=submit]").click();
            // back to the page asked for, now signed in
            assertThat(page.locator("h1")).hasText("Đối soát thanh toán");
            assertThat(page.locator("#staff-who")).containsText("Nguyễn Thị Lan");
            assertThat(sessionId(page)).isNotEqualTo(before);

            page.locator("#staff-workspace").click();
            assertThat(page.locator("h1")).hasText("Xin chào, Nguyễn Thị Lan");
            assertThat(page.locator(".staff-tiles")).containsText("Đối soát thanh toán");
            assertThat(page.locator(".staff-tiles")).not().containsText("Hộp thư thông báo");
            KioskBrowser.assertAccessible(page, "staff workspace");
            browser.screenshot(page, Screen.TABLET, "62-staff-workspace");

            page.navigate(url("/quan-tri/hop-thu"));
            assertThat(page.locator("body")).containsText("Could not navigate to 'quan-tri/hop-thu'");
            assertThat(page.locator("body")).not().containsText("Hộp thư thông báo");

            page.navigate(url("/lam-viec"));
            page.locator("#staff-sign-out").click();
            assertThat(page.locator("#sign-in-signed-out")).hasText("Bạn đã đăng xuất.");
            page.navigate(url("/lam-viec"));
            assertThat(page).hasURL(url("/dang-nhap"));
        }
    }

    @Test
    void anAdminReadsTheMailbox() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_LANDSCAPE);
            StaffSteps.signIn(page, url(""), StaffSteps.ADMIN);
            assertThat(page.locator(".staff-tiles")).containsText("Hộp thư thông báo");
            page.locator(".staff-tile", new Page.LocatorOptions().setHasText("Hộp thư thông báo")).click();
            assertThat(page.locator("h1")).containsText("Hộp thư");
            browser.screenshot(page, Screen.KIOSK_LANDSCAPE, "63-admin-mailbox");
        }
    }

    @Test
    void residentsNeverNeedToSignIn() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            for (String path : new String[] {"/", "/tra-cuu", "/tiep-tuc", "/dinh-danh"}) {
                page.navigate(url(path));
                assertThat(page).hasURL(url(path));
                assertThat(page.locator(".kiosk-header")).isVisible();
            }
        }
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
