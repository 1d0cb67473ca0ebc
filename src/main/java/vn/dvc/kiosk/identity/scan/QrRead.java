package vn.dvc.kiosk.identity.scan;

import java.util.Map;

import com.google.zxing.Binarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.detector.Detector;

/**
 * One QR read of one luminance variant: the same steps as ZXing's {@code QRCodeReader} (binarize, find the three
 * finder patterns, sample the grid, decode, also mirrored), done here so that a code that was found but not read
 * leaves its module size behind for the hint. New ZXing objects on every call: safe from any thread.
 */
final class QrRead {

    /** Search every row, and read byte segments without an ECI as UTF-8 (ID cards' Vietnamese names). */
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private QrRead() {
    }

    /**
     * The payload, or null when nothing is read; when the finder patterns are found but the code is not read,
     * {@code sighting} learns its module size in frame pixels (the variant's size divided by {@code scale}).
     */
    static String read(LuminanceSource source, boolean globalHistogram, double scale, Sighting sighting) {
        Binarizer binarizer = globalHistogram ? new GlobalHistogramBinarizer(source) : new HybridBinarizer(source);
        DetectorResult detected;
        try {
            BitMatrix bits = binarizer.getBlackMatrix();
            detected = new Detector(bits).detect(HINTS);
        } catch (ReaderException | RuntimeException notFound) {
            // RuntimeException: a camera loop outlives any ZXing corner-case bug on odd input
            return null;
        }
        try {
            return new Decoder().decode(detected.getBits(), HINTS).getText();
        } catch (ReaderException | RuntimeException unreadable) {
            sighting.saw(moduleSize(detected) / scale);
            return null;
        }
    }

    /** Finder pattern centres are (dimension - 7) modules apart along the code's top and left edges. */
    private static double moduleSize(DetectorResult detected) {
        ResultPoint[] points = detected.getPoints(); // bottom left, top left, top right
        int modulesApart = detected.getBits().getHeight() - 7;
        double across = ResultPoint.distance(points[1], points[2]);
        double down = ResultPoint.distance(points[1], points[0]);
        return (across + down) / 2 / modulesApart;
    }
}
