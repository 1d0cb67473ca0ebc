package vn.dvc.kiosk.identity.scan;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kiosk's own camera (a document camera attached to the kiosk PC). Set in the kiosk profile.
 *
 * @param source        NONE (tablets and kiosks without a camera use the browser's camera), WEBCAM, or IMAGES
 * @param device        part of the camera's name; blank for the first camera
 * @param width         frame width asked of the camera
 * @param height        frame height asked of the camera
 * @param imagesDir     for IMAGES: the folder of frame images
 * @param frameInterval time between two frames while scanning
 * @param decodeBudget  time the decoder may spend on one frame
 */
@ConfigurationProperties("kiosk.camera")
public record CameraProperties(Source source, String device, int width, int height, Path imagesDir,
        Duration frameInterval, Duration decodeBudget) {

    public enum Source {
        NONE, WEBCAM, IMAGES
    }

    public CameraProperties {
        source = source == null ? Source.NONE : source;
        width = width > 0 ? width : 1280;
        height = height > 0 ? height : 720;
        frameInterval = frameInterval == null ? Duration.ofMillis(250) : frameInterval;
        decodeBudget = decodeBudget == null ? Duration.ofMillis(150) : decodeBudget;
    }
}
