package vn.dvc.kiosk.identity.scan;

/** The outcome of looking for a QR code in one camera frame. */
public sealed interface FrameDecode {

    /** A QR code was read; {@code text} is its payload, not yet checked to be an ID card. */
    record Decoded(String text) implements FrameDecode {
    }

    /** Nothing read in this frame; the hint says what would help. */
    record NotYet(ScanHint hint) implements FrameDecode {
    }
}
