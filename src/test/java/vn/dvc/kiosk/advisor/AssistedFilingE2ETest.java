package vn.dvc.kiosk.advisor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.FakeCameraVideo;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * An advisor's tablet, end to end in Chromium at 1280×800: tuvan (Lê Minh Châu) signs in and starts helping, the
 * resident's card is read by the tablet's (fake) camera, the resident taps consent, the network drops while they
 * answer (the screen says so in Vietnamese; nothing typed is lost, nothing is sent twice), the dossier is filed and
 * the session ended (the advisor stays signed in, the resident is gone). The officer's desk shows it as assisted by
 * Lê Minh Châu, tuvan's list has it, and the other advisor, an officer and an anonymous visitor cannot open it.
 * Screenshots: target/screenshots/advisor-*; two also at 800×1280 portrait.
 */
@KioskIntegrationTest
class AssistedFilingE2ETest {

    private static final Screen TABLET = Screen.TABLET;
    private static final String PURPOSE = "Nộp hồ sơ xin việc làm";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Test
    void anAdvisorHelpsAResidentFileAndOnlyTheySeeTheDossier() throws IOException {
        Path video = FakeCameraVideo.write(CardImageCorpus.cardFrame(CardImageCorpus.ID_CARD_PAYLOAD, 640, 480),
                Path.of("target", "fake-camera", "advisor-card.y4m"), 5);
        long filedBefore = helpedBy("tuvan");
        String code;
        try (KioskBrowser browser = new KioskBrowser(List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath()))) {
            Page page = browser.newVisitor(TABLET);
            StaffSteps.signIn(page, url(""), StaffSteps.ADVISOR);
            page.locator("a.staff-tile[href='tu-van']").click();
            assertThat(page.locator("#advisor-start")).isVisible();
            KioskBrowser.assertAccessible(page, "advisor home");
            browser.screenshot(page, TABLET, "advisor-01-home");

            page.locator("#advisor-start").click();
            assertThat(page.locator("#assisted-bar-who")).hasText("Đang giúp người dân — Lê Minh Châu");
            assertThat(page.locator("h1")).hasText("Bạn cần làm thủ tục gì?");
            KioskBrowser.assertAccessible(page, "resident home with the advisor's bar");
            browser.screenshot(page, TABLET, "advisor-02-resident-home");

            page.navigate(url("/thu-tuc/1.010041"));
            page.locator("#procedure-start").click();
            page.locator("#choice-device").click();
            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            browser.screenshot(page, TABLET, "advisor-03-card-read");
            page.locator("#confirm-yes").click();

            assertThat(page.locator("#consent-presence")).containsText("Có mặt tư vấn viên: Lê Minh Châu");
            KioskBrowser.assertAccessible(page, "consent with the advisor present");
            browser.screenshot(page, TABLET, "advisor-04-consent");
            portraitScreenshot(browser, page, "advisor-04-consent");
            page.locator("#consent-agree").click(); // the resident's own tap

            assertThat(page.locator(".question-count")).hasText("Câu 1 / 7");
            page.locator("#answer vaadin-radio-button", new Page.LocatorOptions().setHasText("Quá trình cư trú"))
                    .first().click();
            page.locator("#question-next").click();

            answerWhileTheNetworkDrops(browser, page);

            for (int question = 3; question <= 5; question++) {
                assertThat(page.locator(".question-count")).hasText("Câu " + question + " / 7");
                page.locator("#question-next").click(); // answered by the card: only confirmed
            }
            assertThat(page.locator(".question-count")).hasText("Câu 6 / 7");
            page.locator("#answer input").fill("0912345678");
            page.locator("#question-next").click();
            assertThat(page.locator(".question-count")).hasText("Câu 7 / 7");
            page.locator("#question-next").click();

            assertThat(page.locator("h1")).hasText("Kiểm tra lại thông tin");
            assertThat(page.locator("#review-list")).containsText(PURPOSE);
            page.locator("#review-next").click();
            assertThat(page.locator("h1")).hasText("Bạn muốn nhận kết quả ở đâu?");
            // "Nộp hồ sơ" with the network gone: sent once when it returns, never half and never twice
            tapWhileOffline(page, "#submit", () -> { });
            assertThat(page.locator("#dossier-code")).hasText(Pattern.compile("^[0-9A-Z.]+-\\d{6}-\\d{4,}$"));
            code = page.locator("#dossier-code").textContent().strip();
            browser.screenshot(page, TABLET, "advisor-06-receipt");

            page.locator("#assisted-end").click();
            assertThat(page).hasURL(url("/tu-van"));
            assertThat(page.locator("#staff-who")).containsText("Lê Minh Châu");
            // the resident is gone from the tablet: filing starts again at the card
            page.navigate(url("/nop-ho-so/1.010041/dong-y"));
            assertThat(page.locator("h1")).hasText("Cho máy đọc thẻ căn cước");
            assertThat(page.locator("#assisted-bar")).hasCount(0);

            page.navigate(url("/tu-van/ho-so"));
            assertThat(page.locator("#advisor-dossier-" + escape(code))).containsText("Nguyễn Văn An");
            assertThat(page.locator("#advisor-dossier-" + escape(code))).containsText("Đã nộp, chờ cán bộ tiếp nhận");
            KioskBrowser.assertAccessible(page, "dossiers I helped with");
            browser.screenshot(page, TABLET, "advisor-07-my-dossiers");
            portraitScreenshot(browser, page, "advisor-07-my-dossiers");
            page.locator("#advisor-dossier-" + escape(code) + " a").click();
            assertThat(page.locator("#advisor-dossier-code")).hasText(code);
            KioskBrowser.assertAccessible(page, "a dossier I helped with");
            browser.screenshot(page, TABLET, "advisor-08-my-dossier");
        }
        org.assertj.core.api.Assertions.assertThat(helpedBy("tuvan")).as("filed once, not twice").isEqualTo(
                filedBefore + 1);

        try (KioskBrowser browser = new KioskBrowser()) {
            Page officer = browser.newVisitor(TABLET);
            StaffSteps.signIn(officer, url(""), StaffSteps.OFFICER);
            officer.navigate(url("/can-bo/ho-so/" + code));
            assertThat(officer.locator("#desk-summary")).containsText("Người hỗ trợ nộp");
            assertThat(officer.locator("#desk-summary")).containsText("Lê Minh Châu (tuvan)");
            browser.screenshot(officer, TABLET, "advisor-09-desk-assisted");
            officer.navigate(url("/tu-van"));
            assertThat(officer.locator("#advisor-start")).hasCount(0);
            officer.navigate(url("/tu-van/ho-so/" + code));
            assertThat(officer.locator("body")).not().containsText("Nguyễn Văn An");

            Page student = browser.newVisitor(TABLET);
            StaffSteps.signIn(student, url(""), StaffSteps.STUDENT);
            student.navigate(url("/tu-van/ho-so"));
            assertThat(student.locator("h1")).hasText("Hồ sơ tôi đã giúp");
            assertThat(student.locator("body")).not().containsText(code);
            student.navigate(url("/tu-van/ho-so/" + code));
            assertThat(student.locator("#advisor-dossier-not-found")).isVisible();
            assertThat(student.locator("body")).not().containsText("Nguyễn Văn An");

            Page anonymous = browser.newVisitor(TABLET);
            anonymous.navigate(url("/tu-van/ho-so/" + code));
            assertThat(anonymous).hasURL(url("/dang-nhap"));
        }
    }

    /**
     * The tablet loses the network after the answer is typed: "Next" cannot reach the server, the screen says so in
     * Vietnamese; when the network returns, the same tap goes through and the answer arrives.
     */
    private static void answerWhileTheNetworkDrops(KioskBrowser browser, Page page) {
        assertThat(page.locator(".question-count")).hasText("Câu 2 / 7");
        page.locator("#answer textarea, #answer input").first().fill(PURPOSE);
        tapWhileOffline(page, "#question-next", () -> browser.screenshot(page, TABLET, "advisor-05-offline"));
        assertThat(page.locator(".question-count")).hasText("Câu 3 / 7");
    }

    /** Taps with the network gone, checks what the screen says, then lets the network come back. */
    private static void tapWhileOffline(Page page, String button, Runnable whileOffline) {
        page.context().setOffline(true);
        page.locator(button).click();
        Locator message = page.locator("vaadin-connection-indicator .v-status-message");
        assertThat(message).containsText("Mất kết nối mạng");
        assertThat(message).containsText("Câu trả lời của bạn vẫn được giữ");
        // said big enough to be noticed, not Vaadin's thin strip under the header
        assertThat(message).hasCSS("font-size", "24px");
        page.waitForTimeout(2_500); // the banner fades in
        org.assertj.core.api.Assertions.assertThat(message.boundingBox().height).isGreaterThanOrEqualTo(64);
        whileOffline.run();
        page.context().setOffline(false);
        // back online: the banner goes once the server answers again
        assertThat(page.locator("vaadin-connection-indicator[reconnecting]")).hasCount(0);
        assertThat(message).containsText("Đã kết nối lại.");
    }

    private static void portraitScreenshot(KioskBrowser browser, Page page, String name) {
        page.setViewportSize(800, 1280);
        page.screenshot(new Page.ScreenshotOptions().setPath(browser.screenshotFile(TABLET, name, "png")
                .resolveSibling(name + "-tablet-portrait-800x1280.png")));
        page.setViewportSize(TABLET.width, TABLET.height);
    }

    private long helpedBy(String username) {
        return dossiers.assistedBy(username, PageRequest.of(0, 1000)).getNumberOfElements();
    }

    /** Dossier codes have dots, which a CSS id selector reads as classes. */
    private static String escape(String code) {
        return code.replace(".", "\\.");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
