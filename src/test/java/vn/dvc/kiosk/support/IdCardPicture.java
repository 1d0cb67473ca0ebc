package vn.dvc.kiosk.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The back of a citizen ID card as a camera sees it: a light card with a few lines of text and the QR code. */
public final class IdCardPicture {

    /** Fictitious holder: ID 001090012345 = born in Hà Nội (001), male 1900s (0), 1990 (90). */
    public static final String SAMPLE_PAYLOAD = "001090012345|123456789|Nguyễn Văn An|15081990|Nam|"
            + "Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội|01032021";

    /** The worked VietQR example from DOMAIN.md: a bank transfer code, not an ID card. */
    public static final String VIETQR_PAYLOAD = "00020101021238540010A00000072701240006970436011010175956000208"
            + "QRIBFTTA530370454061800005802VN62230819thanh toan don hang630470FA";

    private IdCardPicture() {
    }

    public static BufferedImage of(String payload) {
        int width = 856;
        int height = 540;
        BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(236, 240, 233));
        g.fillRoundRect(0, 0, width, height, 40, 40);
        g.setColor(new Color(120, 130, 120));
        g.setStroke(new BasicStroke(3));
        g.drawRoundRect(2, 2, width - 4, height - 4, 40, 40);
        g.setColor(new Color(60, 60, 60));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int line = 0; line < 6; line++) {
            g.fillRect(40, 70 + line * 60, 300 - (line % 3) * 40, 14);
        }
        BufferedImage qr = qr(payload, 360);
        g.drawImage(qr, width - 360 - 50, (height - 360) / 2, null);
        g.dispose();
        return card;
    }

    private static BufferedImage qr(String payload, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION,
                            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for the test card", e);
        }
    }
}
