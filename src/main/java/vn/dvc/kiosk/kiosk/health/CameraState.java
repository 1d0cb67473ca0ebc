package vn.dvc.kiosk.kiosk.health;

/** What a kiosk's heartbeat says about its document camera. */
public enum CameraState {
    /** The configured camera is there and readable (or the kiosk reads frames from a folder, in tests and demos). */
    OK,
    /** A USB camera is configured ({@code kiosk.camera.source: WEBCAM}) but none matching it can be read. */
    MISSING,
    /** The kiosk has no camera of its own ({@code NONE}): residents use the browser's camera. */
    NOT_CONFIGURED
}
