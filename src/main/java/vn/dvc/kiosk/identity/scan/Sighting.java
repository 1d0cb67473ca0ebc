package vn.dvc.kiosk.identity.scan;

/** What the attempts on one frame saw of a code they could not read. Used by one thread for one frame. */
final class Sighting {

    private double moduleSize = Double.NaN;

    /** A code was located; the first estimate wins (the first attempt reads the frame at full size). */
    void saw(double moduleSizeInFramePixels) {
        if (Double.isNaN(moduleSize) && moduleSizeInFramePixels > 0) {
            moduleSize = moduleSizeInFramePixels;
        }
    }

    boolean seen() {
        return !Double.isNaN(moduleSize);
    }

    /** Pixels per module in the frame; NaN when no code was located. */
    double moduleSize() {
        return moduleSize;
    }
}
