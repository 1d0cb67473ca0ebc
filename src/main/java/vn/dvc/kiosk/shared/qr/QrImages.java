package vn.dvc.kiosk.shared.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws any text as a black-on-white PNG QR code for a screen or a printed slip (VietQR codes, payment pages, tracking
 * links). Error correction M (15 %: a smudged or glaring screen still scans) and the standard quiet zone of 4
 * modules, which phone cameras need to find the code on a busy screen or page.
 */
public final class QrImages {

    private static final int MIN_SIZE = 100;
    private static final int MAX_SIZE = 4000;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrImages() {
    }

    /**
     * Any text as a square PNG QR code.
     *
     * @param sizePx side in pixels, 100..4000 (ZXing scales modules to whole pixels and centres the code)
     */
    public static byte[] png(String text, int sizePx) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Nothing to draw: the QR text is empty");
        }
        if (sizePx < MIN_SIZE || sizePx > MAX_SIZE) {
            throw new IllegalArgumentException("A QR image is " + MIN_SIZE + " to " + MAX_SIZE + " pixels wide, not "
                    + sizePx);
        }
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
            MatrixToImageWriter.writeToStream(matrix, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this text as a QR code: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the QR image", e);
        }
    }

    /** Any text as a {@code data:image/png;base64,...} URL of a QR code. */
    public static String dataUrl(String text, int sizePx) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, sizePx));
    }
}
