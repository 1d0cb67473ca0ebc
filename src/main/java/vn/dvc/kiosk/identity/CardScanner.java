package vn.dvc.kiosk.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvc.kiosk.identity.scan.CameraProperties;
import vn.dvc.kiosk.identity.scan.FrameDecode;
import vn.dvc.kiosk.identity.scan.QrFrameDecoder;
import vn.dvc.kiosk.identity.scan.ScanHint;

/**
 * Reads citizen ID cards from camera frames, whoever took them (the kiosk's camera or a tablet's browser).
 * Frames are looked at in memory and dropped: no ID image is ever kept. Logs say what happened, never who.
 */
@Service
public class CardScanner {

    private static final Logger log = LoggerFactory.getLogger(CardScanner.class);

    /** A downscaled JPEG from a tablet is ~100 KB; anything far larger is not a camera frame. */
    static final int MAX_FRAME_BYTES = 3 * 1024 * 1024;
    static final int MAX_FRAME_SIDE = 2560;

    private final QrFrameDecoder decoder;

    CardScanner(CameraProperties camera) {
        this.decoder = new QrFrameDecoder(camera.decodeBudget());
    }

    public ScanOutcome scan(BufferedImage frame) {
        FrameDecode decoded = decoder.decode(frame);
        if (decoded instanceof FrameDecode.NotYet(ScanHint hint)) {
            return new ScanOutcome.KeepScanning(hint);
        }
        String text = ((FrameDecode.Decoded) decoded).text();
        return switch (CitizenIdCardParser.parse(text)) {
            case CardReading.Read(CitizenIdCard card) -> {
                log.info("ID card read from a camera frame");
                yield new ScanOutcome.Identified(card);
            }
            case CardReading.Rejected(CardProblem problem, String detail) -> {
                log.info("QR code read but not usable as an ID card: {} ({})", problem, detail);
                yield new ScanOutcome.Unusable(problem);
            }
        };
    }

    /** A frame sent by a browser as a {@code data:image/jpeg;base64,...} URL. Malformed input keeps scanning. */
    public ScanOutcome scanDataUrl(String dataUrl) {
        if (dataUrl == null || dataUrl.length() > MAX_FRAME_BYTES * 4 / 3 + 100) {
            log.warn("Camera frame from the browser refused: {} characters", dataUrl == null ? 0 : dataUrl.length());
            return new ScanOutcome.KeepScanning(ScanHint.SHOW_THE_CARD);
        }
        int comma = dataUrl.indexOf(',');
        try {
            byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(comma + 1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() > MAX_FRAME_SIDE || image.getHeight() > MAX_FRAME_SIDE) {
                log.warn("Camera frame from the browser is not a usable image");
                return new ScanOutcome.KeepScanning(ScanHint.SHOW_THE_CARD);
            }
            return scan(image);
        } catch (IllegalArgumentException | IOException e) {
            log.warn("Camera frame from the browser could not be read: {}", e.getClass().getSimpleName());
            return new ScanOutcome.KeepScanning(ScanHint.SHOW_THE_CARD);
        }
    }
}
