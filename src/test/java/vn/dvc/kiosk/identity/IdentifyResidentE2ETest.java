package vn.dvc.kiosk.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.FakeCameraVideo;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A resident holds up their ID card: Chromium's fake camera plays a video of a card made by the test, the server
 * decodes the frames, and the confirmation screen shows what the card says.
 */
@KioskIntegrationTest
class IdentifyResidentE2ETest {

    private static final Path VIDEOS = Path.of("target", "fake-camera");
    private static final Path KIOSK_FRAMES = Path.of("target", "test-camera-frames");

    @LocalServerPort
    int port;

    @AfterEach
    void emptyKioskCamera() throws IOException {
        if (Files.isDirectory(KIOSK_FRAMES)) {
            try (var files = Files.list(KIOSK_FRAMES)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"TABLET", "KIOSK_LANDSCAPE", "KIOSK_PORTRAIT"})
    void aCardHeldToTheDeviceCameraIsReadAndConfirmed(Screen screen) throws IOException {
        Path video = FakeCameraVideo.write(CardImageCorpus.cardFrame(CardImageCorpus.ID_CARD_PAYLOAD, 640, 480),
                VIDEOS.resolve("id-card.y4m"), 5);
        try (KioskBrowser browser = withCamera(video)) {
            Page page = browser.newVisitor(screen);
            page.navigate(url("/dinh-danh?thu-tuc=1.001193"));
            assertThat(page.locator("h1")).hasText("Cho máy đọc thẻ căn cước");
            KioskBrowser.assertAccessible(page, "identify choices");
            browser.screenshot(page, screen, "10-identify-choices");

            page.locator("#choice-device").click();

            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            assertThat(page.locator("#card-dob")).hasText("15/08/1990");
            assertThat(page.locator("#card-id")).hasText("001 090 012 345");
            assertThat(page.locator("#card-sex")).hasText("Nam");
            assertThat(page.locator("#scan-success")).isVisible();
            KioskBrowser.assertAccessible(page, "confirm card");
            browser.screenshot(page, screen, "11-identify-confirm");

            page.locator("#confirm-yes").click();
            assertThat(page.locator("h1")).hasText("Bạn có đồng ý cho dùng thông tin trên thẻ không?");
        }
    }

    @Test
    void aBankTransferCodeIsExplainedKindly() throws IOException {
        Path video = FakeCameraVideo.write(CardImageCorpus.cardFrame(CardImageCorpus.VIETQR_PAYLOAD, 640, 480),
                VIDEOS.resolve("vietqr.y4m"), 5);
        try (KioskBrowser browser = withCamera(video)) {
            Page page = browser.newVisitor(Screen.TABLET);
            page.navigate(url("/dinh-danh/camera"));

            assertThat(page.locator("#card-problem")).containsText("chuyển tiền");
            assertThat(page.locator("#scan-again")).isVisible();
            assertThat(page.locator("#enter-manually")).isVisible();
            KioskBrowser.assertAccessible(page, "foreign code");
            browser.screenshot(page, Screen.TABLET, "12-identify-foreign-code");
        }
    }

    @Test
    void theKioskCameraReadsACardOnTheTray() throws IOException {
        Files.createDirectories(KIOSK_FRAMES);
        CardImageCorpus.writeCardPng(KIOSK_FRAMES.resolve("card.png"), CardImageCorpus.ID_CARD_PAYLOAD, 1280, 720);
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            page.navigate(url("/dinh-danh"));

            page.locator("#choice-kiosk").click();

            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            browser.screenshot(page, Screen.KIOSK_PORTRAIT, "13-identify-kiosk-camera-confirm");
        }
    }

    @Test
    void aDamagedCardCanBeTypedInWithFriendlyCorrections() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_LANDSCAPE);
            page.navigate(url("/dinh-danh/nhap-tay"));

            page.locator("#manual-id-number input").fill("001190012345");
            page.locator("#manual-full-name input").fill("Nguyễn Văn An");
            choose(page, "#manual-day", "15");
            choose(page, "#manual-month", "8");
            choose(page, "#manual-year", "1990");
            page.locator("#manual-sex vaadin-radio-button").first().click();
            page.locator("#manual-continue").click();

            assertThat(page.locator("#manual-id-number")).hasAttribute("invalid", "");
            assertThat(page.locator("#manual-id-number")).containsText("không khớp với giới tính");
            page.locator("#manual-id-number").scrollIntoViewIfNeeded();
            KioskBrowser.assertAccessible(page, "manual entry with an error");
            browser.screenshot(page, Screen.KIOSK_LANDSCAPE, "14-identify-manual-error");

            page.locator("#manual-id-number input").fill("001090012345");
            page.locator("#manual-continue").click();
            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            assertThat(page.locator("#card-id")).hasText("001 090 012 345");
        }
    }

    private static void choose(Page page, String select, String value) {
        page.locator(select).click();
        page.locator(select).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(value).setExact(true))
                .click();
    }

    private static KioskBrowser withCamera(Path video) {
        return new KioskBrowser(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
