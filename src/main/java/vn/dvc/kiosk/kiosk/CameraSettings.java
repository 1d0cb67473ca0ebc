package vn.dvc.kiosk.kiosk;

/**
 * The kiosk's document camera as its profile sets it ({@code kiosk.camera.*}, also read by the identity module,
 * which drives the camera). Here so that health reports and the installer's checks see the same values.
 *
 * @param source NONE (the browser's camera), WEBCAM or IMAGES (a folder of frames, tests and demos)
 * @param device part of the camera's name; empty for the first camera
 * @param width  frame width in pixels
 * @param height frame height in pixels
 */
public record CameraSettings(Source source, String device, int width, int height) {

    public enum Source {
        NONE, WEBCAM, IMAGES
    }
}
