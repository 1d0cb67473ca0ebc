package vn.dvc.kiosk.filing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.dvc.kiosk.support.ResidentSteps.choose;
import static vn.dvc.kiosk.support.ResidentSteps.identifyByHand;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A resident is called away after three questions: they note the draft code, save, and leave; the kiosk forgets
 * them. Later they come back, type the code and the last four digits of their ID on the screen's keys (a wrong try
 * first), and carry on at question four with their answers intact.
 */
@KioskIntegrationTest
class ResumeDraftE2ETest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"KIOSK_PORTRAIT", "TABLET"})
    void anInterruptedResidentCarriesOnWithTheDraftCode(Screen screen) {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(screen);
            page.navigate(url("/dinh-danh/nhap-tay?thu-tuc=1.001193"));
            identifyByHand(page);
            page.locator("#confirm-yes").click();
            page.locator("#consent-agree").click();

            page.locator("#answer input").fill("Nguyễn Minh Khang");
            page.locator("#question-next").click();
            choose(page, "#answer-day", "1");
            choose(page, "#answer-month", "11");
            choose(page, "#answer-year", "2026");
            page.locator("#question-next").click();
            page.locator("#answer vaadin-radio-button", new Page.LocatorOptions().setHasText("Nữ")).click();
            page.locator("#question-next").click();
            assertThat(page.locator(".question-count")).hasText("Câu 4 / 24");
            String code = page.locator("#draft-code").textContent().replaceAll("\\D", "");
            org.assertj.core.api.Assertions.assertThat(code).hasSize(8);

            page.locator("#save-for-later").click();
            assertThat(page.locator("h1")).hasText("Bản nháp đã được lưu");
            assertThat(page.locator("#paused-code")).hasText(code.substring(0, 4) + " " + code.substring(4));
            assertThat(page.locator("#paused-until")).containsText("Bạn làm tiếp được đến");
            KioskBrowser.assertAccessible(page, "draft saved");
            browser.screenshot(page, screen, "27-filing-draft-saved");
            page.locator("#paused-finish").click();

            assertThat(page.locator("h1")).hasText("Bạn cần làm thủ tục gì?");
            assertThat(page.locator("body")).not().containsText("Nguyễn Minh Khang");
            page.locator("#resume-entry").click();
            assertThat(page.locator("h1")).hasText("Làm tiếp hồ sơ đang dở");
            KioskBrowser.assertAccessible(page, "resume");

            typeOnScreenKeys(page, "#resume-code", code);
            typeOnScreenKeys(page, "#resume-digits", "9999");
            page.locator("#resume-go").click();
            assertThat(page.locator("#resume-problem")).containsText("chưa đúng");
            browser.screenshot(page, screen, "28-resume-wrong-digits");

            page.locator("#resume-digits input").fill("");
            typeOnScreenKeys(page, "#resume-digits", "2345");
            page.locator("#resume-go").click();

            assertThat(page.locator(".question-count")).hasText("Câu 4 / 24");
            page.locator("#question-back").click();
            assertThat(page.locator(".question-count")).hasText("Câu 3 / 24");
            assertThat(page.locator("#answer vaadin-radio-button[checked]")).hasText("Nữ");
            page.locator("#question-back").click();
            assertThat(page.locator(".question-count")).hasText("Câu 2 / 24");
            page.locator("#question-back").click();
            assertThat(page.locator(".question-count")).hasText("Câu 1 / 24");
            assertThat(page.locator("#answer input")).hasValue("Nguyễn Minh Khang");
            browser.screenshot(page, screen, "29-resumed-answers-kept");
        }
    }

    private static void typeOnScreenKeys(Page page, String field, String digits) {
        page.locator(field + " input").click();
        Locator keyboard = page.locator("kiosk-keyboard");
        if (!keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("1").setExact(true))
                .isVisible()) {
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hiện bàn phím")).click();
        }
        for (String digit : digits.split("")) {
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(digit).setExact(true)).click();
        }
        assertThat(page.locator(field + " input")).hasValue(digits);
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
