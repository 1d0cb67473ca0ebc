package vn.dvc.kiosk.filing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.dvc.kiosk.support.ResidentSteps.choose;
import static vn.dvc.kiosk.support.ResidentSteps.identifyByHand;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.payment.VietQrPayload;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A resident files "Gia hạn tạm trú" (a FULL procedure: 10,000 VND at the counter, 5,000 online) and pays it there and then: the
 * VietQR code carries the amount and the dossier code (at the kiosk they pay it by bank transfer; on the tablet they
 * switch to VNPay); the sandbox bank pays from another device, and the kiosk screen turns green by itself; the
 * e-receipt downloads; the receipt says the fee was paid online.
 */
@KioskIntegrationTest
class PayFeeE2ETest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"KIOSK_LANDSCAPE", "TABLET"})
    void aResidentPaysTheFeeAndTheKioskConfirmsByItself(Screen screen) throws IOException {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(screen);
            boolean kiosk = screen != Screen.TABLET;
            if (kiosk) {
                // the kiosk's browser opens this server the way the launcher starts it (a PROVINCE kiosk: this app
                // has no kiosk profile of its own)
                page.navigate(url("/?man-hinh=kiosk"));
                org.assertj.core.api.Assertions.assertThat(page.context().cookies()).anySatisfy(cookie -> {
                    org.assertj.core.api.Assertions.assertThat(cookie.name).isEqualTo("DVC_KIOSK_SCREEN");
                    org.assertj.core.api.Assertions.assertThat(cookie.httpOnly).as("survives the visit's wipe")
                            .isTrue();
                });
            }
            fileTemporaryResidenceExtension(page);

            assertThat(page.locator("h1")).hasText("Nộp lệ phí");
            assertThat(page.locator("#fee-amount")).hasText("5.000 đồng");
            KioskBrowser.assertAccessible(page, "fee payment choices");
            browser.screenshot(page, screen, "40-pay-choose");

            page.locator("#pay-vietqr").click();
            assertThat(page.locator("#payment-status")).containsText("Đang chờ ngân hàng");
            VietQrPayload payload = VietQrPayload.parse(decodeQr(page.locator("#vietqr").getAttribute("src")));
            org.assertj.core.api.Assertions.assertThat(payload.amountVnd()).hasValue(5_000);
            org.assertj.core.api.Assertions.assertThat(payload.purpose()).matches(".*-\\d{6}-\\d{4,}");
            KioskBrowser.assertAccessible(page, "VietQR code");
            browser.screenshot(page, screen, "41-pay-vietqr");

            String dossierCode = payload.purpose();
            if (kiosk) {
                // no way out of the app on the kiosk's screen: VNPay is paid from the phone, by its QR code
                page.locator("#pay-other").click();
                page.locator("#pay-vnpay").click();
                assertThat(page.locator("#vnpay-qr, img[alt*='VNPay']").first()).isVisible();
                assertThat(page.locator("#vnpay-open")).hasCount(0);
                page.locator("#pay-other").click();
                page.locator("#pay-vietqr").click();
                assertThat(page.locator("#payment-status")).containsText("Đang chờ ngân hàng");
            } else {
                // on the tablet the resident goes for VNPay instead
                page.locator("#pay-other").click();
                page.locator("#pay-vnpay").click();
                String checkout = page.locator("#vnpay-open").getAttribute("href");
                Map<String, String> query = Arrays.stream(URI.create(checkout).getRawQuery().split("&"))
                        .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(pair -> pair[0],
                                pair -> URLDecoder.decode(pair[1], StandardCharsets.US_ASCII)));
                org.assertj.core.api.Assertions.assertThat(query).containsEntry("vnp_Amount", "500000")
                        .containsKey("vnp_SecureHash");
                KioskBrowser.assertAccessible(page, "VNPay code");
                browser.screenshot(page, screen, "42-pay-vnpay");
            }

            // the resident's bank (the sandbox bank, on another device) pays; nobody touches the kiosk
            Page bank = browser.newVisitor(Screen.TABLET);
            bank.navigate(url("/sandbox/ngan-hang"));
            bank.locator(".procedure-card", new Page.LocatorOptions().setHasText(dossierCode))
                    .locator("[id^=sandbox-pay-]").click();
            assertThat(bank.locator("#sandbox-results")).containsText("00");

            assertThat(page.locator("#payment-paid")).isVisible();
            assertThat(page.locator("#pay-read")).containsText("Đã nhận 5.000 đồng");
            KioskBrowser.assertAccessible(page, "fee paid");
            browser.screenshot(page, screen, "43-pay-paid");
            if (kiosk) {
                assertThat(page.locator("#payment-receipt-pdf")).hasCount(0);
            } else {
                com.microsoft.playwright.Download download = page.waitForDownload(
                        () -> page.locator("#payment-receipt-pdf").click());
                org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                        .startsWith("bien-lai-thanh-toan-").endsWith(".pdf");
            }
            page.locator("#to-receipt").click();
            assertThat(page.locator("#receipt-fee")).containsText("đã nộp trực tuyến");

            // later, without the receipt: the dossier is found by its code and the last 4 digits of the ID
            page.navigate(url("/tra-cuu"));
            KioskBrowser.assertAccessible(page, "track a dossier");
            page.locator("#track-code input").fill(dossierCode);
            page.locator("#track-digits input").fill("9999");
            page.locator("#track-find").click();
            assertThat(page.locator("#track-problem")).containsText("Không tìm thấy");
            page.locator("#track-digits input").fill("2345");
            page.locator("#track-find").click();
            assertThat(page.locator("#tracking-code")).hasText(dossierCode);
            KioskBrowser.assertAccessible(page, "tracking page");
            browser.screenshot(page, screen, "44-tracking");
        }
    }

    /** Identified by hand; the questions the card answers are only confirmed; no optional paper. */
    private void fileTemporaryResidenceExtension(Page page) {
        page.navigate(url("/dinh-danh/nhap-tay?thu-tuc=1.002755"));
        identifyByHand(page);
        page.locator("#confirm-yes").click();
        page.locator("#consent-agree").click();

        question(page, 1).locator("#answer textarea").fill("Số 12 ngõ 5 phố Đội Cấn, phường Ba Đình, Hà Nội");
        next(page);
        question(page, 2);
        choose(page, "#answer-day", "30");
        choose(page, "#answer-month", "6");
        choose(page, "#answer-year", "2027");
        next(page);
        assertThat(question(page, 3).locator("#answer input")).hasValue("Nguyễn Văn An");
        next(page);
        assertThat(question(page, 4).locator("#answer input")).hasValue("001090012345");
        next(page);
        question(page, 5).locator("#answer textarea").fill("Thôn Đông, xã Yên Bình, Hà Nội");
        next(page);
        question(page, 6).locator("#answer input").fill("0912345678");
        next(page);
        question(page, 7);
        next(page);
        page.locator("#document-skip").click();
        page.locator("#review-next").click();
        page.locator("#submit").click();
    }

    private static Page question(Page page, int n) {
        assertThat(page.locator(".question-count")).hasText("Câu " + n + " / 7");
        return page;
    }

    private static void next(Page page) {
        page.locator("#question-next").click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String decodeQr(String dataUrl) throws IOException {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code in the VietQR image", e);
        }
    }

}
