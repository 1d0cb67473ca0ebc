package vn.dvc.kiosk.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Papers a resident photographs or uploads in the journeys: a white page with a title and lines of "text". */
public final class PhotographedPapers {

    private PhotographedPapers() {
    }

    /** A 1200×1600 PNG in {@code target/fake-camera/<fileName>}. */
    public static Path page(String fileName, String title) throws IOException {
        BufferedImage image = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1600);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 60));
        g.drawString(title, 120, 200);
        for (int y = 320; y < 1400; y += 90) {
            g.fillRect(120, y, 960, 18);
        }
        g.dispose();
        Path file = Path.of("target", "fake-camera", fileName);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
