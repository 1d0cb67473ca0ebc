package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Where camera frames come from: the kiosk's document camera, or images on disk for tests and camera-less kiosks. */
public interface FrameSource extends AutoCloseable {

    /** The latest frame, or empty when none is available right now. */
    Optional<BufferedImage> grab();

    /** Releases the camera. */
    @Override
    void close();
}
