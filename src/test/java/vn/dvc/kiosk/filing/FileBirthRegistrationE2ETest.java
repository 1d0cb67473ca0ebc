package vn.dvc.kiosk.filing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.dvc.kiosk.support.ResidentSteps.choose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.FakeCameraVideo;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A resident files "Đăng ký khai sinh" end to end by touch: card held to the camera, consent, 24 questions (those
 * the card answers only confirmed; ethnic groups and nationality chosen from the national lists, one found with the
 * on-screen keyboard), review, result at the counter, submit, receipt with code, date and QR.
 */
@KioskIntegrationTest
class FileBirthRegistrationE2ETest {

    /** What the resident answers, by question; questions the card answers are absent (only confirmed). */
    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("Họ, chữ đệm, tên của trẻ", "Nguyễn Minh Khang"),
            Map.entry("Ngày, tháng, năm sinh", "date:1/11/2026"),
            Map.entry("Giới tính", "choice:Nam"),
            Map.entry("Dân tộc", "list:Kinh"),
            Map.entry("Quốc tịch", "list:Việt Nam"),
            Map.entry("Nơi sinh (cơ sở y tế hoặc địa chỉ)", "Bệnh viện Phụ sản Hà Nội"),
            Map.entry("Họ, chữ đệm, tên mẹ", "Trần Thị Lan"),
            Map.entry("Ngày sinh của mẹ", "date:3/4/1993"),
            Map.entry("Số định danh cá nhân của mẹ", "001193004567"),
            Map.entry("Dân tộc của mẹ", "search:san diu>Sán Dìu"),
            Map.entry("Nơi cư trú của mẹ", "Thôn Đông, xã Yên Bình, Hà Nội"),
            Map.entry("Quan hệ với người được đăng ký", "choice:Cha"),
            Map.entry("Số điện thoại", "0912345678"));

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"KIOSK_PORTRAIT", "TABLET"})
    void aResidentFilesBirthRegistrationByTouch(Screen screen) throws IOException {
        Path video = FakeCameraVideo.write(CardImageCorpus.cardFrame(CardImageCorpus.ID_CARD_PAYLOAD, 640, 480),
                Path.of("target", "fake-camera", "filing-card.y4m"), 5);
        try (KioskBrowser browser = new KioskBrowser(List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath()))) {
            Page page = browser.newVisitor(screen);
            page.navigate(url("/thu-tuc/1.001193"));
            page.locator("#procedure-start").click();
            page.locator("#choice-device").click();
            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            page.locator("#confirm-yes").click();

            assertThat(page.locator("h1")).hasText("Bạn có đồng ý cho dùng thông tin trên thẻ không?");
            KioskBrowser.assertAccessible(page, "consent");
            browser.screenshot(page, screen, "20-filing-consent");
            page.locator("#consent-agree").click();

            typeFirstAnswerOnTheScreenKeyboard(page);
            for (int question = 2; question <= 24; question++) {
                assertThat(page.locator(".question-count")).hasText("Câu " + question + " / 24");
                String label = page.locator("#question").textContent().strip();
                answer(page, ANSWERS.get(label));
                if (question == 20) {
                    assertThat(page.locator("#answer input")).hasValue("Nguyễn Văn An");
                    KioskBrowser.assertAccessible(page, "question answered by the card");
                    browser.screenshot(page, screen, "22-filing-question-from-card");
                }
                if (question == 2) {
                    KioskBrowser.assertAccessible(page, "date question");
                    browser.screenshot(page, screen, "23-filing-question-date");
                }
                if (question == 4) {
                    KioskBrowser.assertAccessible(page, "long list question");
                    browser.screenshot(page, screen, "21-filing-question-list");
                }
                if (question == 5) {
                    assertThat(choice(page, "Việt Nam")).isChecked(); // chosen beforehand: nearly everyone is
                }
                if (question == 11) {
                    KioskBrowser.assertAccessible(page, "long list searched on the screen keyboard");
                    browser.screenshot(page, screen, "21-filing-question-list-search");
                }
                page.locator("#question-next").click();
            }

            attachTheBirthCertificate(browser, page, screen);
            for (int optional = 2; optional <= 4; optional++) {
                assertThat(page.locator(".question-count")).hasText("Giấy tờ " + optional + " / 4");
                page.locator("#document-skip").click();
            }

            assertThat(page.locator("h1")).hasText("Kiểm tra lại thông tin");
            assertThat(page.locator("#review-list")).containsText("nguyen minh khang");
            assertThat(page.locator("#review-documents")).containsText("1 trang");
            assertThat(page.locator("#review-list")).containsText("Sán Dìu");
            KioskBrowser.assertAccessible(page, "review");
            browser.screenshot(page, screen, "24-filing-review");
            page.locator("#review-next").click();

            assertThat(page.locator("h1")).hasText("Bạn muốn nhận kết quả ở đâu?");
            assertThat(page.locator("#delivery-phone input")).hasValue("0912345678");
            KioskBrowser.assertAccessible(page, "delivery");
            browser.screenshot(page, screen, "25-filing-delivery");
            page.locator("#submit").click();

            assertThat(page.locator("#dossier-code")).hasText(Pattern.compile("^[0-9A-Z.]+-\\d{6}-\\d{4,}$"));
            assertThat(page.locator("#appointment")).containsText("Ngày hẹn trả kết quả");
            assertThat(page.locator("#tracking-qr")).isVisible();
            KioskBrowser.assertAccessible(page, "receipt");
            browser.screenshot(page, screen, "26-filing-receipt");

            page.locator("#finish").click();
            assertThat(page.locator("h1")).hasText("Bạn cần làm thủ tục gì?");
        }
    }

    /** A wrong file first (a text file named .jpg), then a real photo of the paper, uploaded as from a tablet. */
    private static void attachTheBirthCertificate(KioskBrowser browser, Page page, Screen screen) throws IOException {
        assertThat(page.locator("#document-name")).containsText("Giấy chứng sinh");
        assertThat(page.locator(".document-page")).hasCount(0);
        page.locator("#document-next").click();
        assertThat(page.locator("#document-problem")).containsText("bắt buộc");

        Path notAPicture = Files.writeString(Path.of("target", "fake-camera", "giay-chung-sinh.jpg"),
                "this is not a picture");
        page.waitForFileChooser(() -> page.locator("#upload-file vaadin-button").click()).setFiles(notAPicture);
        assertThat(page.locator("#document-problem")).containsText("chỉ nhận ảnh JPG, PNG hoặc tệp PDF");
        assertThat(page.locator(".document-page")).hasCount(0);

        Path photo = CardImageCorpus.writeCardPng(Path.of("target", "fake-camera", "birth-certificate.png"),
                CardImageCorpus.ID_CARD_PAYLOAD, 1600, 1200);
        page.waitForFileChooser(() -> page.locator("#upload-file vaadin-button").click()).setFiles(photo);
        assertThat(page.locator(".document-page")).hasCount(1);
        assertThat(page.locator("#document-problem")).isHidden();
        assertThat(page.locator(".document-page-image")).isVisible();
        KioskBrowser.assertAccessible(page, "document with a page");
        browser.screenshot(page, screen, "24a-filing-document");
        page.locator("#document-next").click();
    }

    private static void typeFirstAnswerOnTheScreenKeyboard(Page page) {
        assertThat(page.locator(".question-count")).hasText("Câu 1 / 24");
        page.locator("#answer input").click();
        Locator keyboard = page.locator("kiosk-keyboard");
        if (!keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("q").setExact(true)).isVisible()) {
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hiện bàn phím")).click();
        }
        for (String word : "nguyen minh khang".split(" ")) {
            for (String key : word.split("")) {
                keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(key).setExact(true)).click();
            }
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dấu cách")).click();
        }
        assertThat(page.locator("#answer input")).hasValue("nguyen minh khang ");
        page.locator("#question-next").click();
    }

    private static void answer(Page page, String value) {
        if (value == null) {
            return; // answered by the card or optional: confirm by pressing Next
        }
        if (value.startsWith("date:")) {
            String[] dmy = value.substring(5).split("/");
            choose(page, "#answer-day", dmy[0]);
            choose(page, "#answer-month", dmy[1]);
            choose(page, "#answer-year", dmy[2]);
        } else if (value.startsWith("choice:")) {
            page.locator("#answer vaadin-radio-button", new Page.LocatorOptions().setHasText(value.substring(7)))
                    .first().click();
        } else if (value.startsWith("list:")) {
            tap(page, value.substring(5));
        } else if (value.startsWith("search:")) {
            String[] typedThenChosen = value.substring(7).split(">");
            typeOnTheScreenKeyboard(page, typedThenChosen[0]);
            assertThat(page.locator("#answer-search input")).hasValue(typedThenChosen[0]);
            assertThat(page.locator("#answer vaadin-radio-button").first()).hasText(typedThenChosen[1]);
            tap(page, typedThenChosen[1]);
        } else {
            page.locator("#answer textarea, #answer input").first().fill(value);
        }
    }

    /** One of a long list's choices, by its exact name. */
    private static Locator choice(Page page, String name) {
        return page.locator("#answer").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Taps a choice the way a finger does: on the big row, not on the small circle. */
    private static void tap(Page page, String name) {
        page.locator("#answer vaadin-radio-button").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true)))).click();
        assertThat(choice(page, name)).isChecked();
    }

    private static void typeOnTheScreenKeyboard(Page page, String text) {
        Locator keyboard = page.locator("kiosk-keyboard");
        if (!keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("q").setExact(true)).isVisible()) {
            keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hiện bàn phím")).click();
        }
        for (String key : text.split("")) {
            keyboard.getByRole(AriaRole.BUTTON, key.equals(" ") ? new Locator.GetByRoleOptions().setName("Dấu cách")
                    : new Locator.GetByRoleOptions().setName(key).setExact(true)).click();
        }
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
