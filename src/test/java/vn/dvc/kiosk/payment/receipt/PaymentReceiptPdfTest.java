package vn.dvc.kiosk.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;

class PaymentReceiptPdfTest {

    static final ZoneId DESK = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String TRACKING_URL = "https://dichvucong.example.gov.vn/theo-doi/AbCdEfGhIjKlMnOpQrStUvWx";

    private final PaymentReceiptPdf renderer = new PaymentReceiptPdf();

    static PaidFee fee() {
        PaymentOrder order = new PaymentOrder("7K3M9QX2TB4HZ6RA", "000.00.00.H01-260301-0007", 20_000,
                PaymentMethod.VNPAY, PaymentStatus.PAID, Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-01T10:15:00Z"), Instant.parse("2026-03-01T10:09:12.345678Z"), "14378551");
        return PaidFee.of(order, DESK, "Trung tâm Phục vụ hành chính công xã Yên Bình", "Đăng ký khai sinh",
                "Nguyễn Thị Lan", TRACKING_URL);
    }

    @Test
    void printsEveryFieldInVietnameseNfc() throws IOException {
        byte[] pdf = renderer.render(fee());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("Trung tâm Phục vụ hành chính công xã Yên Bình", "BIÊN LAI THANH TOÁN ĐIỆN TỬ",
                    "Xác nhận thanh toán lệ phí trực tuyến", "Mã hồ sơ: 000.00.00.H01-260301-0007",
                    "Thủ tục: Đăng ký khai sinh", "Người nộp tiền: Nguyễn Thị Lan", "Số tiền: 20.000 đồng",
                    "Bằng chữ: Hai mươi nghìn đồng", "Hình thức: Cổng thanh toán VNPay", "Mã giao dịch: 14378551",
                    "Mã tham chiếu: 7K3M9QX2TB4HZ6RA",
                    // 10:09:12 UTC is 17:09:12 at the desk
                    "Thời gian thanh toán: 01/03/2026 17:09:12", "Quét mã để theo dõi hồ sơ",
                    PaymentReceiptPdf.NOTE);
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Biên lai thanh toán điện tử – hồ sơ 000.00.00.H01-260301-0007");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        }
    }

    @Test
    void isOneA5PortraitPageWithItsFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = renderer.render(fee());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A5.getHeight());
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                // a subset is named with six capital letters and a plus sign before the font's name
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
        }
        // two subsets, not two whole fonts of 700 KB each
        assertThat(pdf.length).isLessThan(120_000);
    }

    @Test
    void theQrCodeOpensTheTrackingPage() throws Exception {
        byte[] pdf = renderer.render(fee());

        assertThat(decodeQr(pdf)).isEqualTo(TRACKING_URL);
    }

    @Test
    void theTrackingPageVersionMasksThePayer() throws IOException {
        byte[] pdf = renderer.render(fee().withPayerNameMasked());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Người nộp tiền: Nguyễn T*** L***").doesNotContain("Thị", "Lan");
        }
    }

    @Test
    void namesAreMaskedToTheFamilyNameAndInitials() {
        assertThat(PaidFee.masked("Nguyễn Văn An")).isEqualTo("Nguyễn V*** A***");
        assertThat(PaidFee.masked("  Đặng   Thị Ánh  Tuyết ")).isEqualTo("Đặng T*** Á*** T***");
        assertThat(PaidFee.masked(Normalizer.normalize("Lê Ước", Normalizer.Form.NFD))).isEqualTo("Lê Ư***");
        assertThat(PaidFee.masked("Lan")).isEqualTo("L***");
    }

    @Test
    void longNamesWrapAndStillFitOnePageAndUnprintableCharactersBecomeQuestionMarks() throws Exception {
        PaidFee base = fee();
        String longProcedure = "Thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 "
                + "tuổi (liên thông), kèm theo cấp bản sao trích lục khai sinh và xác nhận thông tin cư trú";
        PaidFee fee = new PaidFee("Trung tâm Phục vụ hành chính công phường Thượng Đình, thành phố Hà Nội, bộ phận "
                + "tiếp nhận và trả kết quả", base.dossierCode(), longProcedure,
                Normalizer.normalize("Tôn Nữ Hoàng Thị Khánh Huyền 𠀀", Normalizer.Form.NFD), 2_500_000,
                PaymentMethod.VIETQR, "FT26060123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", base.orderRef(), base.paidAt(),
                base.trackingUrl());

        byte[] pdf = renderer.render(fee);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String flat = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(flat).contains("Tôn Nữ Hoàng Thị Khánh Huyền ?", "2.500.000 đồng",
                    "Hai triệu năm trăm nghìn đồng", "Chuyển khoản VietQR (NAPAS 247)", "kèm theo cấp bản sao",
                    "bộ phận tiếp nhận và trả kết quả");
        }
        assertThat(decodeQr(pdf)).isEqualTo(TRACKING_URL);
        writeForLooking("payment-receipt-long.pdf", pdf);
        writeForLooking("payment-receipt.pdf", renderer.render(fee()));
    }

    @Test
    void onlyAPaidOrderHasAReceipt() {
        PaymentOrder pending = new PaymentOrder("7K3M9QX2TB4HZ6RA", "000.00.00.H01-260301-0007", 20_000,
                PaymentMethod.VIETQR, PaymentStatus.PENDING, Instant.now(), Instant.now(), null, null);

        assertThatThrownBy(() -> PaidFee.of(pending, DESK, "Đơn vị", "Thủ tục", "Tên", TRACKING_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentReceiptPdf.fileName(fee())).isEqualTo("bien-lai-thanh-toan-000.00.00.H01-260301-0007.pdf");
        assertThat(fee().paidAt()).isEqualTo(ZonedDateTime.of(2026, 3, 1, 17, 9, 12, 345_678_000, DESK));
    }

    /** Renders the page as a phone's camera would see a print of it, and reads the QR code with ZXing. */
    static String decodeQr(byte[] pdf) throws IOException, NotFoundException, com.google.zxing.ChecksumException,
            com.google.zxing.FormatException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true))
                    .getText();
        }
    }

    private static void writeForLooking(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "receipts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
