package vn.dvc.kiosk.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** A resident finds a procedure and what it takes, in Chromium, at kiosk and tablet sizes. */
@KioskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentCatalogE2ETest {

    @LocalServerPort
    int port;

    KioskBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new KioskBrowser(KioskBrowser.WITH_VOICES); // the read-aloud buttons measured and scanned too
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void fromHomeThroughBirthToBirthRegistration(Screen screen) {
        Page page = browser.newVisitor(screen);
        page.navigate(url("/"));

        assertThat(page.locator("h1")).hasText("Bạn cần làm thủ tục gì?");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        KioskBrowser.assertAccessible(page, "home");
        browser.screenshot(page, screen, "01-home");

        page.locator("#event-khai-sinh").click();
        Locator birthRegistration = page.locator(".procedure-card-name")
                .getByText("Đăng ký khai sinh", new Locator.GetByTextOptions().setExact(true));
        assertThat(birthRegistration).isVisible();
        KioskBrowser.assertAccessible(page, "life event");
        browser.screenshot(page, screen, "02-life-event-birth");

        birthRegistration.click();
        assertThat(page.locator("h1")).hasText("Đăng ký khai sinh");
        assertThat(page.locator("#procedure-fee")).containsText("Miễn phí");
        assertThat(page.locator("#procedure-documents")).containsText("Giấy chứng sinh");
        assertThat(page.locator("#procedure-ready-date")).containsText("dự kiến có kết quả ngày");
        KioskBrowser.assertAccessible(page, "procedure");
        browser.screenshot(page, screen, "03-procedure-birth-registration");
        page.context().close();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void searchingWithoutAccentsFindsBirthRegistrationFirst(Screen screen) {
        Page page = browser.newVisitor(screen);
        page.navigate(url("/"));
        page.locator("#search-entry").click();

        page.locator("#search-field input").fill("dang ky khai sinh");

        assertThat(page.locator(".procedure-card-name").first()).hasText("Đăng ký khai sinh");
        KioskBrowser.assertAccessible(page, "search");
        browser.screenshot(page, screen, "04-search");
        page.context().close();
    }

    @Test
    void kioskResidentsTypeWithTheOnScreenKeyboard() {
        Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
        page.navigate(url("/tim-kiem"));
        Locator keyboard = page.locator("kiosk-keyboard");

        for (String key : "khai".split("")) {
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(key).setExact(true)).click();
        }
        keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dấu cách")).click();
        for (String key : "sinhx".split("")) {
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(key).setExact(true)).click();
        }
        keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("⌫ Xoá")).click();

        assertThat(page.locator("#search-field input")).hasValue("khai sinh");
        assertThat(page.locator(".procedure-card-name").first()).hasText("Đăng ký khai sinh");
        KioskBrowser.assertAccessible(page, "search with keyboard");
        browser.screenshot(page, Screen.KIOSK_PORTRAIT, "07-search-on-screen-keyboard");
        page.context().close();
    }

    @Test
    void residentsCanSwitchToEnglishAndBack() {
        Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
        page.navigate(url("/"));

        page.locator("#lang-en").click();
        assertThat(page.locator("h1")).hasText("What do you need to do?");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        KioskBrowser.assertAccessible(page, "home in English");
        browser.screenshot(page, Screen.KIOSK_PORTRAIT, "05-home-english");

        page.locator("#lang-vi").click();
        assertThat(page.locator("h1")).hasText("Bạn cần làm thủ tục gì?");
        page.context().close();
    }

    @Test
    void helpIsOneTapAwayOnEveryScreen() {
        Page page = browser.newVisitor(Screen.KIOSK_LANDSCAPE);
        page.navigate(url("/thu-tuc/1.004222"));

        page.locator("#help").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Chúng tôi luôn sẵn sàng giúp bạn");
        KioskBrowser.assertAccessible(page, "help dialog");
        browser.screenshot(page, Screen.KIOSK_LANDSCAPE, "06-help");
        page.locator("#help-close").click();
        assertThat(dialog).isHidden();
        page.context().close();
    }

    @Test
    void touchTargetsAreAtLeast64PixelsAndTextAtLeast20() {
        Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
        page.navigate(url("/thu-tuc/1.001193"));
        assertThat(page.locator("h1")).hasText("Đăng ký khai sinh");

        Object tooSmall = page.evaluate("""
                () => [...document.querySelectorAll('a, button, vaadin-button, kiosk-read-aloud')]
                  .filter(e => e.offsetParent !== null)
                  .map(e => { const r = e.getBoundingClientRect();
                              return {t: e.textContent.trim().slice(0, 30), h: r.height, w: r.width, where: e.tagName + '.' + e.className}; })
                  .filter(r => r.h < 64 || r.w < 64)""");
        assertThat((java.util.List<?>) tooSmall).as("targets under 64 px").isEmpty();

        Object smallText = page.evaluate("""
                () => [...document.querySelectorAll('p, span, li, h1, h2, a')]
                  .filter(e => e.offsetParent !== null && e.textContent.trim().length > 0)
                  .map(e => ({t: e.textContent.trim().slice(0, 30), s: parseFloat(getComputedStyle(e).fontSize),
                              where: e.tagName + '.' + e.className + ' in ' + ([...document.querySelectorAll('*')]
                                .filter(a => a.tagName.includes('-') && a.contains(e)).map(a => a.tagName).pop() || 'page')}))
                  .filter(r => r.s < 20)""");
        assertThat((java.util.List<?>) smallText).as("text under 20 px").isEmpty();
        page.context().close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
