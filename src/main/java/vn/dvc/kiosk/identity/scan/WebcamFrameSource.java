package vn.dvc.kiosk.identity.scan;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import com.github.sarxos.webcam.Webcam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's USB document camera through webcam-capture (V4L2 on Linux: needs Debian's {@code libv4l-0}).
 * Opened on first use, released on close.
 */
public final class WebcamFrameSource implements FrameSource {

    private static final Logger log = LoggerFactory.getLogger(WebcamFrameSource.class);

    private final String deviceName;
    private final Dimension resolution;
    private Webcam webcam;

    /**
     * @param deviceName part of the camera's name as the system reports it; blank for the default camera
     */
    public WebcamFrameSource(String deviceName, Dimension resolution) {
        this.deviceName = deviceName;
        this.resolution = resolution;
    }

    @Override
    public synchronized Optional<BufferedImage> grab() {
        try {
            if (webcam == null) {
                webcam = open();
            }
            return webcam == null ? Optional.empty() : Optional.ofNullable(webcam.getImage());
        } catch (RuntimeException e) {
            log.warn("Camera frame not available: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private Webcam open() {
        List<Webcam> cameras = Webcam.getWebcams();
        Webcam chosen = cameras.stream()
                .filter(c -> deviceName == null || deviceName.isBlank() || c.getName().contains(deviceName))
                .findFirst().orElse(null);
        if (chosen == null) {
            log.warn("No camera matching '{}' among {}", deviceName, cameras.stream().map(Webcam::getName).toList());
            return null;
        }
        chosen.setCustomViewSizes(resolution);
        chosen.setViewSize(resolution);
        chosen.open();
        log.info("Camera '{}' open at {}x{}", chosen.getName(), resolution.width, resolution.height);
        return chosen;
    }

    @Override
    public synchronized void close() {
        if (webcam != null) {
            webcam.close();
            webcam = null;
        }
    }
}
