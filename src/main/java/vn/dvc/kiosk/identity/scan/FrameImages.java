package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Camera frames sent by a browser as {@code data:image/jpeg;base64,...} URLs; anything else is refused. */
public final class FrameImages {

    private static final Logger log = LoggerFactory.getLogger(FrameImages.class);

    /** A downscaled JPEG from a tablet is ~100 KB; anything far larger is not a camera frame. */
    public static final int MAX_FRAME_BYTES = 3 * 1024 * 1024;
    public static final int MAX_FRAME_SIDE = 2560;

    private FrameImages() {
    }

    /** The frame as an image; empty (and a log line without content) when it is too large or not an image. */
    public static Optional<BufferedImage> fromDataUrl(String dataUrl) {
        if (dataUrl == null || dataUrl.length() > MAX_FRAME_BYTES * 4 / 3 + 100) {
            log.warn("Camera frame from the browser refused: {} characters", dataUrl == null ? 0 : dataUrl.length());
            return Optional.empty();
        }
        int comma = dataUrl.indexOf(',');
        try {
            byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(comma + 1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() > MAX_FRAME_SIDE || image.getHeight() > MAX_FRAME_SIDE) {
                log.warn("Camera frame from the browser is not a usable image");
                return Optional.empty();
            }
            return Optional.of(image);
        } catch (IllegalArgumentException | IOException e) {
            log.warn("Camera frame from the browser could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
