package vn.dvc.kiosk.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.kiosk.kiosk.ThermalReceipt;
import vn.dvc.kiosk.kiosk.ThermalReceipt.Field;

/**
 * The ESC/POS bytes of a receipt, read back by our own parser ({@link EscPosJob}) and decoded into the image the
 * printer would burn: it is the image we drew, dot for dot; a phone reads the tracking link from it; the Vietnamese
 * accents are on paper. Previews: target/screenshots/thermal-receipt-80mm.png and -58mm.png.
 */
public class ThermalReceiptEscPosTest {

    static final String TRACKING_URL = "https://dvc.example.gov.vn/theo-doi/AbCdEfGhIjKlMnOpQrStUv";

    static ThermalReceipt receipt(String title) {
        return new ThermalReceipt("Bộ phận Tiếp nhận và Trả kết quả, UBND phường Ba Đình", title, "Mã hồ sơ",
                "000.17.22.H56-261207-0042", List.of(
                        new Field("Người nộp", "Trương Thị Ngọc Ánh"),
                        new Field("Thủ tục", "Cấp bản sao trích lục hộ tịch, bản sao giấy khai sinh"),
                        new Field("Nhận lúc", "09:41 07/12/2026"),
                        new Field("Hẹn trả kết quả", "14/12/2026"),
                        new Field("Lệ phí", "8.000 đồng, nộp tại bộ phận Một cửa"),
                        new Field("Nhận kết quả", "Qua bưu điện, đến địa chỉ: Số 12 ngõ 34 phố Đội Cấn, phường "
                                + "Ba Đình, thành phố Hà Nội")),
                TRACKING_URL, "Tra cứu: quét mã QR hoặc vào dvc.example.gov.vn/tra-cuu và nhập mã hồ sơ");
    }

    static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";

    private final ThermalReceiptImage images = new ThermalReceiptImage();

    @ParameterizedTest
    @CsvSource({"576, 80", "384, 58"})
    void theJobIsTheDrawnReceiptWithAReadableQrAndTheAccents(int dots, int paperMm) throws Exception {
        ThermalReceipt receipt = receipt(TITLE);
        ThermalReceiptImage.Rendered rendered = images.render(receipt, dots);
        byte[] bytes = EscPosReceipt.job(rendered.image());
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve("thermal-receipt-" + paperMm + "mm.escpos"), bytes);

        EscPosJob job = EscPosJob.parse(bytes);
        BufferedImage printed = job.image();
        ImageIO.write(printed, "png", dir.resolve("thermal-receipt-" + paperMm + "mm.png").toFile());

        assertThat(job.widthDots()).isEqualTo(dots);
        assertThat(job.heightDots()).isEqualTo(rendered.image().getHeight());
        assertThat(job.bands()).as("no band taller than a small printer buffers")
                .allMatch(band -> band.rows() <= EscPosReceipt.BAND_ROWS);
        assertThat(job.fedLines()).as("fed past the cutter").isGreaterThanOrEqualTo(3);
        assertSameDots(printed, rendered.image());

        assertThat(decodeQr(printed)).isEqualTo(TRACKING_URL);
        assertThat(rendered.qr().width).as("QR side in dots (>= 25 mm)").isGreaterThanOrEqualTo(190);

        // The accents of the title sit above its capitals: drawn without them, its first inked row is lower.
        ThermalReceiptImage.Rendered plain = images.render(receipt(stripped(TITLE)), dots);
        assertThat(plain.title()).isEqualTo(rendered.title());
        int accentTop = firstInkedRow(printed, rendered.title());
        int capitalTop = firstInkedRow(plain.image(), plain.title());
        assertThat(capitalTop - accentTop).as("rows of accents above the capitals").isGreaterThanOrEqualTo(4);
        assertThat(inkBetween(printed, rendered.title(), accentTop, capitalTop))
                .as("dots of accents above the capitals").isGreaterThan(40);
        assertThat(printed.getHeight()).as("a receipt, not a scroll").isBetween(700, 2600);
    }

    @ParameterizedTest
    @CsvSource({"576", "384"})
    void everyLetterOfTheReceiptIsInTheFont(int dots) {
        ThermalReceipt receipt = receipt(TITLE);
        StringBuilder all = new StringBuilder(receipt.agency() + receipt.title() + receipt.trackingText());
        receipt.fields().forEach(field -> all.append(field.label()).append(field.value()));
        all.append("ăâêôơưđ ĂÂÊÔƠƯĐ àảãáạ ằẳẵắặ ầẩẫấậ èẻẽéẹ ềểễếệ ìỉĩíị òỏõóọ ồổỗốộ ờởỡớợ ùủũúụ ừửữứự ỳỷỹýỵ");
        assertThat(images.missingGlyphs(all.toString().toUpperCase() + all)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"576", "384"})
    void aVeryLongCodeAndNameWrapInsteadOfRunningOffThePaper(int dots) throws Exception {
        ThermalReceipt receipt = new ThermalReceipt(null, TITLE, null, "000.17.22.H56-261207-00000000042",
                List.of(new Field("Người nộp", "Nguyễn-Phạm-Hoàng-Thị-Thùy-Dương-Quỳnh-Khánh-Ngọc-Uyên-Phương")),
                TRACKING_URL, null);
        ThermalReceiptImage.Rendered rendered = images.render(receipt, dots);
        EscPosJob job = EscPosJob.parse(EscPosReceipt.job(rendered.image()));
        BufferedImage printed = job.image();
        for (int y = 0; y < printed.getHeight(); y++) {
            assertThat(printed.getRGB(0, y) & 0xFFFFFF).as("left edge, row %d", y).isEqualTo(0xFFFFFF);
            assertThat(printed.getRGB(dots - 1, y) & 0xFFFFFF).as("right edge, row %d", y).isEqualTo(0xFFFFFF);
        }
        assertThat(decodeQr(printed)).isEqualTo(TRACKING_URL);
    }

    /** The text of the one QR code in a receipt image, as a phone would read it. */
    public static String decodeQr(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static void assertSameDots(BufferedImage printed, BufferedImage drawn) {
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                boolean black = (drawn.getRGB(x, y) & 0xFFFFFF) == 0;
                boolean burnt = (printed.getRGB(x, y) & 0xFFFFFF) == 0;
                if (black != burnt) {
                    throw new AssertionError("Dot (%d, %d) drawn %s, printed %s".formatted(x, y, black, burnt));
                }
            }
        }
    }

    private static int firstInkedRow(BufferedImage image, Rectangle area) {
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    return y;
                }
            }
        }
        throw new AssertionError("Nothing drawn in " + area);
    }

    private static int inkBetween(BufferedImage image, Rectangle area, int fromRow, int toRow) {
        int ink = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    ink++;
                }
            }
        }
        return ink;
    }

    static String stripped(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D')
                .replace('đ', 'd');
    }

}
