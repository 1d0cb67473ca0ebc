package vn.dvc.kiosk.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.shared.qr.QrImages;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A resident shows their receipt to the kiosk camera and lands on their dossier; an ID card shown by mistake gets a
 * plain message while the camera keeps looking. The test camera plays the image files of a folder in name order.
 */
@KioskIntegrationTest
class ScanReceiptE2ETest {

    private static final Path KIOSK_FRAMES = Path.of("target", "test-camera-frames");

    @LocalServerPort
    int port;

    @Test
    void theReceiptUnderTheCameraOpensTheDossier() throws IOException {
        Path card = KIOSK_FRAMES.resolve("rc-1-id-card.png");
        Path receipt = KIOSK_FRAMES.resolve("rc-2-receipt.png");
        try (KioskBrowser browser = new KioskBrowser()) {
            Page filing = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            filing.navigate(url("/kiem-thu/nop-ho-so-mau/1.001193"));
            assertThat(filing).hasURL(Pattern.compile(".*/bien-nhan/.+"));
            String token = filing.url().substring(filing.url().lastIndexOf('/') + 1);
            var found = Pattern.compile("000\\.00\\.00\\.H01-\\d{6}-\\d{4}")
                    .matcher(filing.locator("#dossier-code").textContent());
            org.assertj.core.api.Assertions.assertThat(found.find()).isTrue();
            String code = found.group();

            Files.createDirectories(KIOSK_FRAMES);
            CardImageCorpus.writeCardPng(card, CardImageCorpus.ID_CARD_PAYLOAD, 1280, 720);

            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            page.navigate(url("/tra-cuu"));
            KioskBrowser.assertAccessible(page, "track with scan choice");
            browser.screenshot(page, Screen.KIOSK_PORTRAIT, "70-track-scan-choice");
            page.locator("#track-scan").click();
            assertThat(page.locator("h1")).hasText("Quét mã trên giấy biên nhận");
            assertThat(page.locator("#scan-receipt-problem")).containsText("không phải mã trên giấy biên nhận");
            KioskBrowser.assertAccessible(page, "scan receipt");
            browser.screenshot(page, Screen.KIOSK_PORTRAIT, "71-scan-receipt-wrong-code");

            // the camera's folder is read again on each pass: the receipt now joins the card on the tray
            Files.write(receipt, QrImages.png("http://localhost:8080/theo-doi/" + token, 600));

            assertThat(page).hasURL(url("/theo-doi/" + token));
            assertThat(page.locator("main")).containsText(code);
            browser.screenshot(page, Screen.KIOSK_PORTRAIT, "72-scan-receipt-tracking");
        } finally {
            Files.deleteIfExists(card);
            Files.deleteIfExists(receipt);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
