package vn.dvc.kiosk.payment.receipt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.text.VietnameseNumberWords;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The payment e-receipt as a one-page A5 portrait PDF, in Vietnamese: the receiving unit, the title, the dossier
 * code, procedure, payer, amount in figures and in words, method, the gateway's transaction number, our order
 * reference, the time paid (dd/MM/yyyy HH:mm:ss, the desk's time), a QR code that opens the dossier's tracking page,
 * and a note saying what the document is and is not.
 *
 * <p>Text is set in DejaVu Sans (shipped in {@code fonts/}, Bitstream Vera licence), of which only the glyphs used are
 * embedded. The font files are read once; each receipt parses them again, so renders never share font state and
 * may run in parallel.
 */
@Component
public class PaymentReceiptPdf {

    public static final String TITLE = "BIÊN LAI THANH TOÁN ĐIỆN TỬ";
    public static final String SUBTITLE = "Xác nhận thanh toán lệ phí trực tuyến";
    /**
     * Careful wording: this confirms a payment the gateway reported, it is not the fee-collection receipt or invoice
     * that the law regulates (template, serial, the collecting agency's signature), so it does not claim to be worth
     * as much as one.
     */
    public static final String NOTE = "Chứng từ này xác nhận khoản thanh toán trực tuyến đã được ghi nhận cho hồ sơ "
            + "trên. Đây không phải hóa đơn hoặc biên lai thu phí, lệ phí do cơ quan thu phát hành theo quy định.";
    public static final String QR_CAPTION = "Quét mã để theo dõi hồ sơ";
    public static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final PDRectangle PAGE = PDRectangle.A5;
    private static final float MARGIN = 36;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 118;
    private static final float QR_SIZE = 104;
    private static final float GREY = 0.35f;

    private final byte[] regularFont;
    private final byte[] boldFont;

    public PaymentReceiptPdf() {
        this.regularFont = resource(REGULAR);
        this.boldFont = resource(BOLD);
    }

    /** The receipt as PDF bytes. */
    public byte[] render(PaidFee fee) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);
            describe(document, fee);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, regular, bold).draw(fee);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the payment receipt of order " + fee.orderRef(), e);
        }
    }

    /** What a file of this receipt is called: ASCII, so every browser and phone keeps it as it is. */
    public static String fileName(PaidFee fee) {
        return "bien-lai-thanh-toan-" + fee.dossierCode().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf";
    }

    /** How the method is printed. */
    static String method(PaymentMethod method) {
        return switch (method) {
            case VIETQR -> "Chuyển khoản VietQR (NAPAS 247)";
            case VNPAY -> "Cổng thanh toán VNPay";
        };
    }

    private static void describe(PDDocument document, PaidFee fee) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(nfc("Biên lai thanh toán điện tử – hồ sơ " + fee.dossierCode()));
        info.setSubject(SUBTITLE);
        info.setCreator("DVC Kiosk");
        document.getDocumentCatalog().setLanguage("vi-VN");
    }

    /** Draws from the top of the page down; {@code y} is the baseline of the next line. */
    private static final class Layout {

        private final PDPageContentStream content;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private float y = PAGE.getHeight() - MARGIN;

        Layout(PDPageContentStream content, PDType0Font regular, PDType0Font bold) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        void draw(PaidFee fee) throws IOException {
            for (String line : wrap(fee.receivingUnit(), bold, 10, WIDTH)) {
                y -= 10;
                centred(line, bold, 10);
                y -= 3;
            }
            y -= 6;
            rule(MARGIN + WIDTH / 3, MARGIN + 2 * WIDTH / 3, 0.6f);
            y -= 30;
            centred(TITLE, bold, 15);
            y -= 17;
            centred(SUBTITLE, regular, 9.5f, GREY);
            y -= 24;

            field("Mã hồ sơ", fee.dossierCode(), bold, 11);
            field("Thủ tục", fee.procedureName(), regular, 10);
            field("Người nộp tiền", fee.payerName(), bold, 10);
            field("Số tiền", KioskLocales.money(fee.amountVnd(), KioskLocales.VIETNAMESE) + " đồng", bold, 13);
            field("Bằng chữ", VietnameseNumberWords.amountVnd(fee.amountVnd()), regular, 10);
            field("Hình thức", method(fee.method()), regular, 10);
            field("Mã giao dịch", fee.providerTransactionNo(), regular, 10);
            field("Mã tham chiếu", fee.orderRef(), regular, 10);
            field("Thời gian thanh toán", PAID_AT.format(fee.paidAt()), regular, 10);

            y -= 14;
            float qrTop = y;
            qr(fee.trackingUrl(), MARGIN, qrTop - QR_SIZE);
            float captionX = MARGIN + QR_SIZE + 18;
            y = qrTop - 30;
            text(QR_CAPTION, bold, 10, captionX, 0);
            y -= 15;
            for (String line : wrap("Mã hồ sơ " + fee.dossierCode(), regular, 9, WIDTH - QR_SIZE - 18)) {
                text(line, regular, 9, captionX, GREY);
                y -= 12;
            }
            y = qrTop - QR_SIZE - 18;
            rule(MARGIN, MARGIN + WIDTH, 0.4f);
            y -= 13;
            for (String line : wrap(NOTE, regular, 8.5f, WIDTH)) {
                text(line, regular, 8.5f, MARGIN, GREY);
                y -= 11.5f;
            }
            if (y < MARGIN) {
                throw new IllegalStateException("The payment receipt does not fit on one page");
            }
        }

        /** A label on the left, its value wrapped on the right, then the space after it. */
        private void field(String label, String value, PDType0Font font, float size) throws IOException {
            float lineHeight = Math.max(size * 1.3f, 13);
            y -= size;
            text(label + ":", regular, 9.5f, MARGIN, GREY);
            List<String> lines = wrap(value, font, size, WIDTH - LABEL_WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= lineHeight;
                }
                text(lines.get(i), font, size, MARGIN + LABEL_WIDTH, 0);
            }
            y -= lineHeight - size + 6;
        }

        private void centred(String line, PDType0Font font, float size) throws IOException {
            centred(line, font, size, 0);
        }

        private void centred(String line, PDType0Font font, float size, float grey) throws IOException {
            float width = font.getStringWidth(line) / 1000 * size;
            text(line, font, size, MARGIN + (WIDTH - width) / 2, grey);
        }

        private void text(String line, PDType0Font font, float size, float x, float grey) throws IOException {
            content.setNonStrokingColor(grey);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
        }

        private void rule(float from, float to, float width) throws IOException {
            content.setStrokingColor(0.5f);
            content.setLineWidth(width);
            content.moveTo(from, y);
            content.lineTo(to, y);
            content.stroke();
        }

        /** The QR code as vector squares: sharp at any zoom and on any printer, and a few hundred bytes. */
        private void qr(String url, float x, float bottom) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                                EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException e) {
                throw new IllegalArgumentException("Cannot draw a QR code for " + url, e);
            }
            int modules = matrix.getWidth();
            float module = QR_SIZE / modules;
            content.setNonStrokingColor(0f);
            for (int row = 0; row < modules; row++) {
                int column = 0;
                while (column < modules) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < modules && matrix.get(column, row)) {
                        column++;
                    }
                    // a hair wider and taller, so that neighbouring squares leave no white seam when rasterised
                    content.addRect(x + start * module, bottom + (modules - row - 1) * module,
                            (column - start) * module + 0.05f, module + 0.05f);
                }
            }
            content.fill();
        }

        /** Words to lines no wider than {@code width}; a word wider than a line is cut where it must be. */
        private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text, font).split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static boolean hasGlyph(PDType0Font font, int codePoint) throws IOException {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IllegalArgumentException noGlyph) {
                return false;
            }
        }

        private static float width(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** NFC, white space as single spaces, and "?" for a character the font has no glyph for. */
        private static String printable(String text, PDType0Font font) throws IOException {
            String normalised = nfc(text).replaceAll("\\s+", " ").strip();
            StringBuilder out = new StringBuilder(normalised.length());
            for (int i = 0; i < normalised.length(); ) {
                int codePoint = normalised.codePointAt(i);
                i += Character.charCount(codePoint);
                out.append(hasGlyph(font, codePoint) ? Character.toString(codePoint) : "?");
            }
            return out.toString();
        }
    }

    private static String nfc(String text) {
        return VietnameseText.nfc(text);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PaymentReceiptPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The receipt font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
