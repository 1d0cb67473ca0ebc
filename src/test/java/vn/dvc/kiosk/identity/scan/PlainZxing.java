package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** The baseline: one plain ZXing call (HybridBinarizer, TRY_HARDER, QR only, UTF-8), as most kiosk code does it. */
final class PlainZxing {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET,
            "UTF-8");

    private PlainZxing() {
    }

    /** The payload, or null. */
    static String read(BufferedImage frame) {
        try {
            return new MultiFormatReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(frame))), HINTS)
                    .getText();
        } catch (ReaderException notRead) {
            return null;
        }
    }
}
