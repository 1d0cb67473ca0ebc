package vn.dvc.kiosk.identity;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.dvc.kiosk.identity.scan.CameraProperties;
import vn.dvc.kiosk.identity.scan.FrameDecode;
import vn.dvc.kiosk.identity.scan.FrameImages;
import vn.dvc.kiosk.identity.scan.QrFrameDecoder;

/**
 * Reads any QR code from a camera frame (a receipt's tracking code, for instance), with the same decoder and time
 * budget as the ID card scanner. What the text means is the caller's business.
 */
@Service
public class QrCodeReader {

    private final QrFrameDecoder decoder;

    QrCodeReader(CameraProperties camera) {
        this.decoder = new QrFrameDecoder(camera.decodeBudget());
    }

    public Optional<String> read(BufferedImage frame) {
        return decoder.decode(frame) instanceof FrameDecode.Decoded(String text) ? Optional.of(text)
                : Optional.empty();
    }

    /** A frame a browser sent as a {@code data:image/jpeg;base64,...} URL; malformed input reads nothing. */
    public Optional<String> readDataUrl(String dataUrl) {
        return FrameImages.fromDataUrl(dataUrl).flatMap(this::read);
    }
}
