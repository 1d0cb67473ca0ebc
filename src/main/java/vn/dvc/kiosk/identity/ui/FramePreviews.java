package vn.dvc.kiosk.identity.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Small JPEG previews of the kiosk camera's frames, only for the screen: they are never stored. */
final class FramePreviews {

    private static final int PREVIEW_WIDTH = 640;

    private FramePreviews() {
    }

    static String dataUrlOf(BufferedImage frame) {
        int height = Math.max(1, frame.getHeight() * PREVIEW_WIDTH / Math.max(1, frame.getWidth()));
        BufferedImage small = new BufferedImage(PREVIEW_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, 0, 0, PREVIEW_WIDTH, height, null);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(small, "jpg", out);
            return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            return "";
        }
    }
}
