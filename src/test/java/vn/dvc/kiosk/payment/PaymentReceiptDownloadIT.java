package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.SUCCESS;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.answer;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.ipn;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.signedQuery;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.dossier.PaymentReceipts;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.payment.receipt.PaidFee;
import vn.dvc.kiosk.payment.receipt.PaymentReceiptDownloads;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A dossier paid through VNPay's real IPN (signed by the test, over HTTP, against the real MariaDB): its public
 * tracking page then offers the payment receipt, and the PDF behind the link is that payment's, with the payer's name
 * masked; the kiosk's version names the payer in full.
 */
@KioskIntegrationTest
class PaymentReceiptDownloadIT extends SpringBrowserlessTest {

    private static final long FEE = 20_000;

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Payments payments;

    @Autowired
    PaymentReceipts receipts;

    @Value("${kiosk.tracking.base-url}")
    String trackingBaseUrl;

    private VnPayIpnCalls vnPay;

    @BeforeEach
    void gateway() {
        vnPay = new VnPayIpnCalls(port);
    }

    @Test
    void aDossierPaidThroughTheIpnHasItsReceiptOnTheTrackingPage() throws Exception {
        SubmittedDossier dossier = submit("Trần Văn Bình");
        String token = dossier.trackingToken();

        UI.getCurrent().navigate("theo-doi/" + token);
        assertThat(find(Anchor.class).withId(PaymentReceiptDownloads.ANCHOR_ID).all())
                .as("no receipt before the fee is paid").isEmpty();
        assertThat(receipts.forPayer(token)).isEmpty();

        PaymentOrder order = payments.open(dossier.code(), FEE, PaymentMethod.VNPAY);
        String transactionNo = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        HttpResponse<String> response = vnPay.call(signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS,
                transactionNo)));
        assertThat(response.body()).isEqualTo(answer("00", "Confirm Success"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossier.code()).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));
        PaymentOrder paid = payments.find(order.orderRef()).orElseThrow();

        UI.getCurrent().navigate("theo-doi/" + token);
        Anchor link = find(Anchor.class).withId(PaymentReceiptDownloads.ANCHOR_ID).single();
        assertThat(link.getText()).isEqualTo("Tải biên lai thanh toán (PDF)");
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(link).download(downloaded);
        byte[] pdf = downloaded.toByteArray();

        String trackingUrl = trackingBaseUrl.replaceAll("/+$", "") + "/theo-doi/" + token;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            String paidAt = paid.paidAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));
            assertThat(text.replaceAll("\\s+", " ")).contains("BIÊN LAI THANH TOÁN ĐIỆN TỬ",
                    "Trung tâm Phục vụ hành chính công xã (demo)", "Mã hồ sơ: " + dossier.code(),
                    "Thủ tục: Đăng ký khai sinh", "Người nộp tiền: Trần V*** B***", "Số tiền: 20.000 đồng",
                    "Bằng chữ: Hai mươi nghìn đồng", "Hình thức: Cổng thanh toán VNPay",
                    "Mã giao dịch: " + transactionNo, "Mã tham chiếu: " + order.orderRef(),
                    "Thời gian thanh toán: " + paidAt)
                    .doesNotContain("Văn", "Bình");
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), java.util.Map.of(DecodeHintType.POSSIBLE_FORMATS,
                            List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(qr).isEqualTo(trackingUrl);
        }

        PaidFee forPayer = receipts.forPayer(token).orElseThrow();
        assertThat(forPayer.payerName()).isEqualTo("Trần Văn Bình");
        assertThat(forPayer.trackingUrl()).isEqualTo(trackingUrl);
        assertThat(forPayer.providerTransactionNo()).isEqualTo(transactionNo);
        assertThat(receipts.forTrackingPage(token).orElseThrow().payerName()).isEqualTo("Trần V*** B***");
        assertThat(receipts.forPayer("AbCdEfGhIjKlMnOpQrStUv")).isEmpty();
        assertThat(receipts.forPayer("../etc/passwd")).isEmpty();
    }

    private SubmittedDossier submit(String applicantName) {
        return dossiers.submit(new DossierApplication("IT." + UUID.randomUUID().toString().substring(0, 8),
                "Đăng ký khai sinh", ProcessingPeriod.workingDays(3),
                new Applicant("001090012345", applicantName, LocalDate.of(1990, 3, 14), "Nam",
                        "Số 5 phố Huế, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, null, null, SubmissionChannel.ONLINE, FEE, null, null,
                List.of()));
    }
}
