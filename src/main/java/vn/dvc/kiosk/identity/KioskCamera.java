package vn.dvc.kiosk.identity;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.dvc.kiosk.identity.scan.CameraProperties;
import vn.dvc.kiosk.identity.scan.FrameSource;
import vn.dvc.kiosk.identity.scan.ImageSequenceFrameSource;
import vn.dvc.kiosk.identity.scan.WebcamFrameSource;

/**
 * The camera attached to this kiosk PC, if its profile names one. One per app: a kiosk has one screen and one
 * resident at a time. Opened when a scan starts and released when it ends, so the light goes off.
 */
@Component
public class KioskCamera {

    private final CameraProperties properties;
    private FrameSource source;

    KioskCamera(CameraProperties properties) {
        this.properties = properties;
    }

    public boolean isPresent() {
        return properties.source() != CameraProperties.Source.NONE;
    }

    public synchronized Optional<BufferedImage> frame() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (source == null) {
            source = switch (properties.source()) {
                case WEBCAM -> new WebcamFrameSource(properties.device(),
                        new Dimension(properties.width(), properties.height()));
                case IMAGES -> new ImageSequenceFrameSource(properties.imagesDir());
                case NONE -> throw new IllegalStateException("no camera");
            };
        }
        return source.grab();
    }

    public synchronized void release() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    public Duration frameInterval() {
        return properties.frameInterval();
    }
}
