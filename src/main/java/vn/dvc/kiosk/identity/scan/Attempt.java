package vn.dvc.kiosk.identity.scan;

import com.google.zxing.LuminanceSource;

/**
 * One way of looking at a frame: a variant of its luminance and a binarizer. {@link #scale} is how much bigger the
 * variant makes the code than it is in the frame, so that a module size seen in it can be told in frame pixels.
 * <p>
 * Kept because each reads frames of the hard camera corpus that the attempts before it miss (BENCHMARKS.md, "QR
 * frame decoding"). Tried and left out: an inverted frame (ID cards are never printed light on dark: it read
 * nothing) and copies turned by 22.5° or 45°, whole or of the doubled centre (ZXing finds turned codes by itself:
 * after the attempts here they added 0 of 120 frames on the draw used for tuning and 4 to 7 of 360 on three
 * others, each for the cost of one more full attempt on every unread frame, which at 1280×720 would not fit a
 * 40 ms budget anyway).
 */
enum Attempt {

    /** What plain ZXing does: a threshold per 8×8 block from its neighbourhood; good with uneven light. */
    HYBRID(1, false, 1) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            return frame.source();
        }
    },
    /**
     * Half size with one threshold for the whole frame: 2×2 means average noise away and halve the blur, and the
     * code of a card held close gets modules of a usual size. A seventh of the cost of the first attempt.
     */
    HALVED_GLOBAL(0.5, true, 0.15) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            return frame.halved().source();
        }
    },
    /** Half size with local thresholds: noisy, dim frames. */
    HALVED(0.5, false, 0.25) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            return frame.halved().source();
        }
    },
    /** One threshold for the whole frame: keeps the modules of a blurred code that local thresholds break up. */
    GLOBAL_HISTOGRAM(1, true, 0.3) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            return frame.source();
        }
    },
    /**
     * Levels spread over the full range, only when the frame's levels are squeezed (faded card, washed-out or dark
     * frame): lifts the code above the least local contrast the local thresholds accept. Skipped otherwise.
     */
    LOW_CONTRAST_STRETCHED(1, false, 1.2) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            LumaFrame stretched = frame.stretchedIfBelow(LOW_CONTRAST_RANGE);
            return stretched == null ? null : stretched.source();
        }
    },
    /** Unsharp mask, one threshold: defocus blur, a card moving. */
    SHARPENED_GLOBAL(1, true, 1) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            return frame.sharpened(1.5).source();
        }
    },
    /** The middle of the frame at twice the size: small codes held at arm's length. */
    CENTRE_DOUBLED(2, false, 1.3) {
        @Override
        LuminanceSource source(LumaFrame frame) {
            return frame.centreDoubled().source();
        }
    };

    /** Levels between the darkest and brightest percent spanning less than this count as low contrast. */
    static final int LOW_CONTRAST_RANGE = 160;

    final double scale;
    final boolean globalHistogram;
    /** Its time when it reads nothing, relative to the first attempt's (measured on both frame sizes). */
    final double relativeCost;

    Attempt(double scale, boolean globalHistogram, double relativeCost) {
        this.scale = scale;
        this.globalHistogram = globalHistogram;
        this.relativeCost = relativeCost;
    }

    /** The luminance this attempt reads, or null when it cannot help with this frame. */
    abstract LuminanceSource source(LumaFrame frame);
}
