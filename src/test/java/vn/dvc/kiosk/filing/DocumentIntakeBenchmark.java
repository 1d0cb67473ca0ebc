package vn.dvc.kiosk.filing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a resident waits between taking a photo of a paper and seeing it on the screen, on the server's side:
 * content check, decode, shrink to 2400 px, JPEG re-encode ({@link DocumentIntake#accept(byte[])}), for the photos
 * kiosks and tablets actually send (an 8 MP tablet photo, a 12 MP phone photo, a 1280×720 kiosk camera frame) and a
 * scanned A4 PNG. The goal: under a second per page on a 2-core kiosk PC. Prints figures; asserts nothing (see
 * BENCHMARKS.md).
 * Run: {@code mvn test -Dgroups=benchmark -Dexcluded.groups=none -Dtest=DocumentIntakeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class DocumentIntakeBenchmark {

    private static final int ROUNDS = 12;

    @Test
    void secondsPerPage() throws IOException {
        DocumentIntake intake = new DocumentIntake(new DocumentProperties(null, 0, null, 0, 0, null));
        System.out.println("Document intake benchmark (single thread, " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "), "
                + ROUNDS + " timed rounds after 3 warm-up rounds");
        Object[][] inputs = {
                {"kiosk camera frame 1280x720 JPEG", encode(paper(1280, 720), "jpg")},
                {"tablet photo 3264x2448 (8 MP) JPEG", encode(paper(3264, 2448), "jpg")},
                {"phone photo 4000x3000 (12 MP) JPEG", encode(paper(4000, 3000), "jpg")},
                {"scanned A4 2480x3508 (300 dpi) PNG", encode(paper(2480, 3508), "png")}};
        for (Object[] input : inputs) {
            byte[] bytes = (byte[]) input[1];
            for (int warm = 0; warm < 3; warm++) {
                intake.accept(bytes);
            }
            long[] nanos = new long[ROUNDS];
            int out = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                out = intake.accept(bytes).content().length;
                nanos[round] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("  %-38s in %6.0f kB  out %5.0f kB  median %6.0f ms  max %6.0f ms%n", input[0],
                    bytes.length / 1024.0, out / 1024.0, nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS - 1] / 1e6);
        }
    }

    /** A photographed form: paper, lines of text, a stamp, some sensor noise. */
    private static BufferedImage paper(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(236, 232, 222));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 30, 40));
        int size = Math.max(12, height / 60);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, size));
        for (int y = size * 3; y < height - size; y += size * 2) {
            g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc — Giấy chứng sinh số " + y,
                    size * 2, y);
        }
        g.setColor(new Color(200, 30, 40));
        g.drawOval(width * 2 / 3, height * 3 / 4, width / 6, width / 6);
        g.dispose();
        Random noise = new Random(7);
        for (int i = 0; i < width * height / 20; i++) {
            int x = noise.nextInt(width);
            int y = noise.nextInt(height);
            image.setRGB(x, y, image.getRGB(x, y) ^ 0x0A0A0A);
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
