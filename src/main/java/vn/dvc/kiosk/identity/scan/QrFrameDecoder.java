package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

import com.google.zxing.LuminanceSource;

/**
 * Finds and reads a QR code in a camera frame, and says what would help when it cannot.
 * <p>
 * The frame is converted to grayscale once (directly from the pixel arrays of the usual camera image types). Then
 * up to seven ZXing QR reads run, each on a variant of that luminance (every row searched, byte segments without an
 * ECI read as UTF-8, so Vietnamese names and addresses keep their diacritics): first plain ZXing's own attempt
 * (local thresholds on the frame), then, cheapest first, half size with a global and with local thresholds, a
 * global threshold, a contrast stretch for faded, washed-out or dark frames, a sharpened copy for blur, and the
 * centre at twice the size for small codes. Each was kept because it reads camera frames the ones before it miss
 * (BENCHMARKS.md, "QR frame decoding"). Decoding stops at the first payload.
 * <p>
 * The budget caps the time per frame: the first attempt always runs; a later one only when it is expected to end
 * within the budget, its cost estimated from how long the first attempt took. 40 ms keeps up with a 25 fps camera
 * at 1280×720 on a 2-core kiosk. The payload is returned as it is: whether it is an ID card is for
 * {@code CitizenIdCardParser} to say.
 * <p>
 * When nothing is read the hint says why, in this order: a dark frame (mean luminance under 50 of 255), glare (2% of
 * the frame burnt out), a code whose finder patterns were found but that was not read: too small (under 4 px per
 * module) or else blurred, and otherwise no code in view.
 * <p>
 * Thread safety: an instance holds only its settings and every call makes its own ZXing objects (ZXing's readers
 * are not thread-safe), so one decoder may serve several cameras' threads at once.
 */
public final class QrFrameDecoder {

    /** No QR code is smaller than 21 modules. */
    private static final int SMALLEST_FRAME_SIDE = 21;

    private final long budgetNanos;
    private final List<Attempt> attempts;

    /** @param budgetPerFrame how long one frame may take; the first attempt runs even with a zero budget */
    public QrFrameDecoder(Duration budgetPerFrame) {
        this(budgetPerFrame, List.of(Attempt.values()));
    }

    /** With other attempts (benchmarks and tests compare them). */
    QrFrameDecoder(Duration budgetPerFrame, List<Attempt> attempts) {
        if (budgetPerFrame.isNegative()) {
            throw new IllegalArgumentException("negative budget: " + budgetPerFrame);
        }
        this.budgetNanos = budgetPerFrame.toNanos();
        this.attempts = List.copyOf(attempts);
    }

    /** The payload of the QR code in {@code frame}, or a hint; a null or tiny frame gives SHOW_THE_CARD. */
    public FrameDecode decode(BufferedImage frame) {
        if (frame == null || frame.getWidth() < SMALLEST_FRAME_SIDE || frame.getHeight() < SMALLEST_FRAME_SIDE) {
            return new FrameDecode.NotYet(ScanHint.SHOW_THE_CARD);
        }
        long start = System.nanoTime();
        LumaFrame luma = LumaFrame.of(frame);
        Sighting sighting = new Sighting();
        long firstAttemptNanos = 0;
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            long attemptStart = System.nanoTime();
            if (i > 0 && attemptStart - start + attempt.relativeCost * firstAttemptNanos > budgetNanos) {
                continue; // would run over; a cheaper one later may still fit
            }
            LuminanceSource source = attempt.source(luma);
            String text = source == null ? null
                    : QrRead.read(source, attempt.globalHistogram, attempt.scale, sighting);
            if (text != null) {
                return new FrameDecode.Decoded(text);
            }
            if (i == 0) {
                firstAttemptNanos = System.nanoTime() - attemptStart;
            }
        }
        return new FrameDecode.NotYet(Advice.hint(luma.histogram(), sighting));
    }

    @Override
    public String toString() {
        return "QrFrameDecoder[budget=" + Duration.ofNanos(budgetNanos) + ", attempts=" + attempts + "]";
    }
}
