package vn.dvc.kiosk.identity;

import java.awt.image.BufferedImage;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvc.kiosk.identity.scan.CameraProperties;
import vn.dvc.kiosk.identity.scan.FrameDecode;
import vn.dvc.kiosk.identity.scan.FrameImages;
import vn.dvc.kiosk.identity.scan.QrFrameDecoder;
import vn.dvc.kiosk.identity.scan.ScanHint;

/**
 * Reads citizen ID cards from camera frames, whoever took them (the kiosk's camera or a tablet's browser).
 * Frames are looked at in memory and dropped: no ID image is ever kept. Logs say what happened, never who.
 */
@Service
public class CardScanner {

    private static final Logger log = LoggerFactory.getLogger(CardScanner.class);

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
        return FrameImages.fromDataUrl(dataUrl).map(this::scan)
                .orElseGet(() -> new ScanOutcome.KeepScanning(ScanHint.SHOW_THE_CARD));
    }
}
