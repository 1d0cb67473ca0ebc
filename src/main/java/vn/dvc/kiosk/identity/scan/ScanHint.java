package vn.dvc.kiosk.identity.scan;

/** What to tell a resident while no code is read yet. Messages: {@code identity.hint.<NAME>}. */
public enum ScanHint {
    /** Nothing that looks like a QR code in the frame. */
    SHOW_THE_CARD,
    /** A code is there but too small to read. */
    MOVE_CLOSER,
    /** A code is there but blurred. */
    HOLD_STILL,
    /** The frame is too dark. */
    MORE_LIGHT,
    /** A bright reflection covers the card. */
    LESS_GLARE
}
