package vn.dvc.kiosk.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Y4M video (YUV 4:2:0) that Chromium plays as its fake camera
 * ({@code --use-file-for-fake-video-capture}): the given picture, shown as a card held in front of the camera.
 */
public final class FakeCameraVideo {

    private FakeCameraVideo() {
    }

    /** {@code frames} identical frames of {@code picture} fitted on a dark background, at 640×480, 10 fps. */
    public static Path write(BufferedImage picture, Path file, int frames) throws IOException {
        int width = 640;
        int height = 480;
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(new Color(40, 44, 52));
        g.fillRect(0, 0, width, height);
        double scale = Math.min(0.9 * width / picture.getWidth(), 0.9 * height / picture.getHeight());
        int w = (int) (picture.getWidth() * scale);
        int h = (int) (picture.getHeight() * scale);
        g.drawImage(picture, (width - w) / 2, (height - h) / 2, w, h, null);
        g.dispose();
        byte[] yuv = toI420(frame);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < frames; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(yuv);
            }
        }
        return file;
    }

    private static byte[] toI420(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] out = new byte[width * height * 3 / 2];
        int uOffset = width * height;
        int vOffset = uOffset + width * height / 4;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                out[y * width + x] = (byte) clamp((int) Math.round(0.299 * r + 0.587 * gr + 0.114 * b));
                if (y % 2 == 0 && x % 2 == 0) {
                    int i = (y / 2) * (width / 2) + x / 2;
                    out[uOffset + i] = (byte) clamp((int) Math.round(128 - 0.168736 * r - 0.331264 * gr + 0.5 * b));
                    out[vOffset + i] = (byte) clamp((int) Math.round(128 + 0.5 * r - 0.418688 * gr - 0.081312 * b));
                }
            }
        }
        return out;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
