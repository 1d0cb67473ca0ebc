package vn.dvc.kiosk.filing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The receipt of a dossier with every document attached and the result sent by post: on screen at the kiosk and on a
 * tablet, and printed, where the slip (Mẫu 01) must hold on one A5 page. PDFs and screenshots go to
 * target/screenshots.
 */
@KioskIntegrationTest
class ReceiptPrintE2ETest {

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"KIOSK_PORTRAIT", "TABLET"})
    void theReceiptShowsTheSlipBelowTheCodeAndPrintsItOnOneA5Page(Screen screen) throws IOException {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(screen);
            page.navigate(url("/kiem-thu/nop-ho-so-mau/1.001193"));

            assertThat(page.locator("#dossier-code")).hasText(Pattern.compile("^[0-9A-Z.]+-\\d{6}-\\d{4,}$"));
            assertThat(page.locator("#receipt-form")).containsText("Nguyễn Thị Hoa");
            assertThat(page.locator("#receipt-documents tbody tr")).hasCount(5);
            KioskBrowser.assertAccessible(page, "receipt with its slip");
            browser.screenshot(page, screen, "27-receipt-slip");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(browser.screenshotFile(screen, "27-receipt-slip-full-page", "png")));

            assertPrintsOnOneA5Page(page, browser.screenshotFile(screen, "receipt-a5", "pdf"));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("#receipt-slip")).isHidden();
            assertThat(page.locator(".receipt-form-qr")).isVisible();
            assertThat(page.locator(".receipt-form-signatures")).isVisible();
        }
    }

    /** The longest slips of the catalog: six documents and a long procedure name; five long document names. */
    @ParameterizedTest
    @ValueSource(strings = {"1.013978", "1.004222"})
    void theFullestSlipsStillPrintOnOneA5Page(String procedureCode) throws IOException {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            page.navigate(url("/kiem-thu/nop-ho-so-mau/" + procedureCode));
            assertThat(page.locator("#receipt-form")).containsText("Nguyễn Thị Hoa");

            assertPrintsOnOneA5Page(page, browser.screenshotFile(Screen.KIOSK_PORTRAIT,
                    "receipt-a5-" + procedureCode, "pdf"));
        }
    }

    private static void assertPrintsOnOneA5Page(Page page, Path file) throws IOException {
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A5").setPrintBackground(true));
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        assertThat(PDF_PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count())
                .as("pages of %s", file).isEqualTo(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
