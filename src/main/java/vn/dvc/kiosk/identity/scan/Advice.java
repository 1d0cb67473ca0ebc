package vn.dvc.kiosk.identity.scan;

/** Turns what an unread frame looks like into the one thing the resident should do next. */
final class Advice {

    /** Mean luminance below this (of 255) is too dark to read a card reliably. */
    static final double DARK_MEAN = 50;
    /** Luminance from which a pixel counts as burnt out by a reflection. */
    static final int SATURATED_LEVEL = 250;
    /** Share of burnt-out pixels from which the reflection is worth mentioning (frames without glare: under 0.3%). */
    static final double GLARE_SHARE = 0.02;
    /** Below this many pixels per module ZXing does not reliably read a code (STACK.md, "Camera"). */
    static final double SMALLEST_READABLE_MODULE = 4;

    private Advice() {
    }

    static ScanHint hint(int[] histogram, Sighting sighting) {
        long pixels = 0;
        long sum = 0;
        long saturated = 0;
        for (int level = 0; level < histogram.length; level++) {
            pixels += histogram[level];
            sum += (long) level * histogram[level];
            if (level >= SATURATED_LEVEL) {
                saturated += histogram[level];
            }
        }
        if (pixels == 0) {
            return ScanHint.SHOW_THE_CARD;
        }
        if ((double) sum / pixels < DARK_MEAN) {
            return ScanHint.MORE_LIGHT;
        }
        if ((double) saturated / pixels >= GLARE_SHARE) {
            return ScanHint.LESS_GLARE;
        }
        if (sighting.seen()) {
            return sighting.moduleSize() < SMALLEST_READABLE_MODULE ? ScanHint.MOVE_CLOSER : ScanHint.HOLD_STILL;
        }
        return ScanHint.SHOW_THE_CARD;
    }
}
