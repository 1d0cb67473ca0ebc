package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.time.Duration;

/**
 * Finds and reads a QR code in a camera frame. STUB: implemented in the identity work.
 */
public final class QrFrameDecoder {

    public QrFrameDecoder(Duration budgetPerFrame) {
    }

    public FrameDecode decode(BufferedImage frame) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
