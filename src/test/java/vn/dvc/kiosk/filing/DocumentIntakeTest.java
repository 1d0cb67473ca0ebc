package vn.dvc.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import vn.dvc.kiosk.filing.DocumentRefused.Reason;

/** What becomes of an upload: checked by content, turned upright, shrunk, re-encoded without metadata. */
class DocumentIntakeTest {

    private static final int RED = 0xFF0000;

    private final DocumentIntake intake = intake(DataSize.ofMegabytes(10), 2400);

    // --- what is kept, and how -------------------------------------------------------------------------------------

    @Test
    void aPngBecomesAJpegThatReadsBack() throws IOException {
        AcceptedPage page = intake.accept(png(picture(640, 480)));

        assertThat(page.contentType()).isEqualTo(AcceptedPage.JPEG);
        assertThat(page.isImage()).isTrue();
        assertThat(Arrays.copyOf(page.content(), 3)).containsExactly(0xFF, 0xD8, 0xFF);
        assertThat(Arrays.copyOfRange(page.content(), page.content().length - 2, page.content().length))
                .as("ends with its end-of-image marker").containsExactly(0xFF, 0xD9);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(page.content()));
        assertThat(back).isNotNull();
        assertThat(back.getWidth()).isEqualTo(640);
        assertThat(back.getHeight()).isEqualTo(480);
    }

    @Test
    void aBigImageIsShrunkToTheLongestEdgeAllowed() {
        DocumentIntake small = intake(DataSize.ofMegabytes(10), 400);

        // 1600 → 800 → 400 in halving steps; 1000 → 500 → 400 with a last, smaller step
        assertThat(size(small.accept(png(picture(1600, 900))))).containsExactly(400, 225);
        assertThat(size(small.accept(jpeg(picture(700, 1000))))).containsExactly(280, 400);
        // never enlarged
        assertThat(size(small.accept(png(picture(300, 120))))).containsExactly(300, 120);
    }

    @Test
    void theDefaultLongestEdgeIs2400() {
        assertThat(size(intake.accept(jpeg(picture(3000, 2000))))).containsExactly(2400, 1600);
    }

    @Test
    void aTransparentPngIsLaidOnWhitePaper() {
        BufferedImage transparent = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = transparent.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(80, 30, 40, 40);
        g.dispose();

        BufferedImage page = decode(intake.accept(png(transparent)));

        assertThat(whiteish(page.getRGB(5, 5))).as("transparent corner").isTrue();
        assertThat(whiteish(page.getRGB(195, 95))).as("transparent corner").isTrue();
        assertThat(page.getRGB(100, 50) & 0xFFFFFF).as("the drawing").isLessThan(0x303030);
    }

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 3, 6, 8})
    void aPhotoWithAnExifOrientationComesOutUpright(int orientation) {
        // as stored: 300×150, a red square in the stored top-left corner
        BufferedImage stored = new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 150);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 60);
        g.dispose();

        BufferedImage page = decode(intake.accept(withExif(jpeg(stored), orientation, false)));

        boolean turned = orientation >= 5;
        assertThat(page.getWidth()).isEqualTo(turned ? 150 : 300);
        assertThat(page.getHeight()).isEqualTo(turned ? 300 : 150);
        int w = page.getWidth();
        int h = page.getHeight();
        // where the stored top-left corner is seen: 1 top-left, 3 bottom-right, 6 top-right, 8 bottom-left
        int[] red = switch (orientation) {
            case 1 -> new int[] {30, 30};
            case 3 -> new int[] {w - 30, h - 30};
            case 6 -> new int[] {w - 30, 30};
            default -> new int[] {30, h - 30};
        };
        assertThat(reddish(page.getRGB(red[0], red[1]))).as("red corner at %d,%d", red[0], red[1]).isTrue();
        assertThat(whiteish(page.getRGB(w - 1 - red[0], h - 1 - red[1]))).as("the opposite corner").isTrue();
    }

    @Test
    void uprightMovesEveryPixelWhereItsOrientationSaysItBelongs() {
        int w = 5;
        int h = 3;
        Random random = new Random(42);
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                stored.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        stored.setRGB(0, 0, RED);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = DocumentIntake.upright(stored, orientation);

            boolean turned = orientation >= 5;
            assertThat(upright.getWidth()).as("width, orientation %d", orientation).isEqualTo(turned ? h : w);
            assertThat(upright.getHeight()).as("height, orientation %d", orientation).isEqualTo(turned ? w : h);
            int[] corner = shown(orientation, 0, 0, w, h);
            assertThat(upright.getRGB(corner[0], corner[1]) & 0xFFFFFF)
                    .as("the marked corner, orientation %d", orientation).isEqualTo(RED);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int[] at = shown(orientation, x, y, w, h);
                    assertThat(upright.getRGB(at[0], at[1]) & 0xFFFFFF)
                            .as("stored %d,%d shown at %d,%d, orientation %d", x, y, at[0], at[1], orientation)
                            .isEqualTo(stored.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }

    /**
     * Where the stored pixel (x, y) of a w×h image is seen, by the EXIF definitions of orientation ("the 0th row is
     * the visual …, the 0th column is the visual …").
     */
    private static int[] shown(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 1 -> new int[] {x, y}; // top, left
            case 2 -> new int[] {w - 1 - x, y}; // top, right
            case 3 -> new int[] {w - 1 - x, h - 1 - y}; // bottom, right
            case 4 -> new int[] {x, h - 1 - y}; // bottom, left
            case 5 -> new int[] {y, x}; // left, top
            case 6 -> new int[] {h - 1 - y, x}; // right, top
            case 7 -> new int[] {h - 1 - y, w - 1 - x}; // right, bottom
            case 8 -> new int[] {y, w - 1 - x}; // left, bottom
            default -> throw new IllegalArgumentException("orientation " + orientation);
        };
    }

    @Test
    void turningATransparentImageKeepsItsBackgroundWhite() {
        BufferedImage transparent = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);

        for (int orientation = 2; orientation <= 8; orientation++) {
            BufferedImage upright = DocumentIntake.upright(transparent, orientation);
            assertThat(whiteish(upright.getRGB(upright.getWidth() / 2, upright.getHeight() / 2)))
                    .as("orientation %d", orientation).isTrue();
        }
    }

    @Test
    void exifAndGpsMetadataAreGoneAfterReencoding() throws Exception {
        byte[] photo = withExif(jpeg(picture(320, 240)), 1, true);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo has a location").isNotNull();
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getString(GpsDirectory.TAG_LATITUDE_REF))
                .isEqualTo("N");

        AcceptedPage page = intake.accept(photo);

        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(page.content()));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new String(page.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void aRealPdfIsKeptByteForByte() {
        byte[] pdf = minimalPdf(true);

        AcceptedPage page = intake.accept(pdf);

        assertThat(page.contentType()).isEqualTo(AcceptedPage.PDF);
        assertThat(page.isImage()).isFalse();
        assertThat(page.content()).isEqualTo(pdf);
    }

    @Test
    void aPdfEndingInALineBreakAfterEofIsKept() {
        byte[] pdf = (new String(minimalPdf(true), StandardCharsets.ISO_8859_1) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(intake.accept(pdf).content()).isEqualTo(pdf);
    }

    @Test
    void aPageNeverTouchesTheDisk(@TempDir Path cache) throws Exception {
        // ImageIO caches streams in temporary files unless told otherwise: the pages are people's documents
        byte[] png = png(picture(320, 240));
        byte[] photo = withExif(jpeg(picture(320, 240)), 6, true);
        File before = ImageIO.getCacheDirectory();
        ImageIO.setCacheDirectory(cache.toFile());
        try (WatchService watcher = cache.getFileSystem().newWatchService()) {
            cache.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);

            intake.accept(png);
            intake.accept(photo);
            intake.photo(picture(320, 240));

            WatchKey created = watcher.poll(500, TimeUnit.MILLISECONDS);
            assertThat(created == null ? List.of() : created.pollEvents().stream().map(e -> e.context()).toList())
                    .as("files written while taking in pages").isEmpty();
        } finally {
            ImageIO.setCacheDirectory(before);
        }
    }

    // --- what is refused, and why -----------------------------------------------------------------------------------

    @Test
    void aPdfWithoutItsEndIsDamaged() {
        assertRefused(Reason.DAMAGED, () -> intake.accept(minimalPdf(false)));
    }

    @Test
    void aTextFileNamedLikeAPhotoIsNotSupported() {
        // the name ("giay-khai-sinh.jpg") never reaches the intake: only the bytes count
        byte[] text = "Giấy khai sinh của bé An\nSố: 123/2026\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(Reason.NOT_SUPPORTED, () -> intake.accept(text));
    }

    @Test
    void aGifIsNotSupported() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(picture(50, 50), "gif", gif);

        assertRefused(Reason.NOT_SUPPORTED, () -> intake.accept(gif.toByteArray()));
    }

    @Test
    void aTruncatedJpegIsDamaged() {
        byte[] whole = jpeg(noise(400, 300));

        assertRefused(Reason.DAMAGED, () -> intake.accept(Arrays.copyOf(whole, whole.length / 2)));
        assertRefused(Reason.DAMAGED, () -> intake.accept(Arrays.copyOf(whole, 400)));
    }

    @Test
    void aTruncatedPngIsDamaged() {
        byte[] whole = png(noise(400, 300));

        assertRefused(Reason.DAMAGED, () -> intake.accept(Arrays.copyOf(whole, whole.length / 2)));
    }

    @Test
    void aPngThatClaimsAHugeSizeIsRefusedWithoutDecodingIt() {
        // a real PNG header for 100000 × 100000 pixels (10 gigapixels) and no image data at all: if it were decoded,
        // the missing data would make it DAMAGED; TOO_LARGE means it was refused from the header alone
        byte[] bomb = pngHeaderOnly(100_000, 100_000);

        assertRefused(Reason.TOO_LARGE, () -> intake.accept(bomb));
    }

    @Test
    void aFileOverTheLimitIsTooLarge() {
        DocumentIntake oneKilobyte = intake(DataSize.ofKilobytes(1), 2400);
        byte[] atTheLimit = new byte[1024];
        Arrays.fill(atTheLimit, (byte) 'x');

        assertRefused(Reason.TOO_LARGE, () -> oneKilobyte.accept(Arrays.copyOf(atTheLimit, 1025)));
        // at the limit it is looked at (and is text)
        assertRefused(Reason.NOT_SUPPORTED, () -> oneKilobyte.accept(atTheLimit));
    }

    @Test
    void anOversizedUploadIsRefusedWithoutReadingMuchPastTheLimit() {
        DocumentIntake oneKilobyte = intake(DataSize.ofKilobytes(1), 2400);
        CountingStream endless = new CountingStream(Long.MAX_VALUE);

        assertRefused(Reason.TOO_LARGE, () -> oneKilobyte.accept(endless));
        // one byte past the limit is enough to know
        assertThat(endless.read).isEqualTo(1024L + 1);
    }

    @Test
    void anUploadAtTheLimitIsReadWhole() throws IOException {
        DocumentIntake limit = intake(DataSize.ofMegabytes(1), 2400);
        byte[] photo = jpeg(picture(640, 480));

        assertThat(limit.accept(new ByteArrayInputStream(photo)).contentType()).isEqualTo(AcceptedPage.JPEG);
        assertThat(limit.accept(new ByteArrayInputStream(minimalPdf(true))).content()).isEqualTo(minimalPdf(true));
    }

    @Test
    void nothingAtAllIsEmpty() {
        assertRefused(Reason.EMPTY, () -> intake.accept(new byte[0]));
        assertRefused(Reason.EMPTY, () -> intake.accept(InputStream.nullInputStream()));
    }

    @Test
    void aKioskCameraFrameIsShrunkAndEncoded() {
        AcceptedPage page = intake(DataSize.ofMegabytes(10), 400).photo(picture(1280, 720));

        assertThat(page.contentType()).isEqualTo(AcceptedPage.JPEG);
        assertThat(size(page)).containsExactly(400, 225);
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    static DocumentIntake intake(DataSize maxFileSize, int maxImageEdge) {
        return new DocumentIntake(new DocumentProperties(maxFileSize, 10, DataSize.ofMegabytes(40), maxImageEdge,
                0.8f, Duration.ofHours(72)));
    }

    private static void assertRefused(Reason reason, ThrowingCallable call) {
        DocumentRefused refused = catchThrowableOfType(DocumentRefused.class, call);
        assertThat(refused).as("refused as %s", reason).isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
    }

    /** A page-like picture: white, with a few dark "lines of text". */
    static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        for (int y = h / 10; y < h - h / 10; y += Math.max(2, h / 12)) {
            g.fillRect(w / 10, y, w * 8 / 10, Math.max(1, h / 40));
        }
        g.dispose();
        return image;
    }

    /** Noise compresses badly, so its JPEG has plenty of image data to cut. */
    private static BufferedImage noise(int w, int h) {
        Random random = new Random(7);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return image;
    }

    static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(AcceptedPage page) {
        assertThat(page.contentType()).isEqualTo(AcceptedPage.JPEG);
        try {
            return ImageIO.read(new ByteArrayInputStream(page.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] size(AcceptedPage page) {
        BufferedImage image = decode(page);
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static boolean whiteish(int rgb) {
        return ((rgb >> 16) & 0xFF) > 235 && ((rgb >> 8) & 0xFF) > 235 && (rgb & 0xFF) > 235;
    }

    private static boolean reddish(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
    }

    /**
     * The JPEG with an EXIF segment put right after its start-of-image marker, as a phone writes it. The segment is
     * APP1 (FF E1), its length, "Exif\0\0", then a small TIFF structure, big-endian ("MM"):
     * <pre>
     *   0  4D 4D 00 2A 00 00 00 08    byte order, 42, IFD0 starts at offset 8
     *   8  00 0n                      IFD0: n entries of 12 bytes: tag, type, count, value (or offset to it)
     *      01 12  00 03  00 00 00 01  00 0o 00 00    Orientation, SHORT, 1 value: o
     *      88 25  00 04  00 00 00 01  (offset)       GPS IFD pointer, LONG (only with a location)
     *      00 00 00 00                no next IFD
     *      GPS IFD: 00 01, then 00 01  00 02  00 00 00 02  4E 00 00 00   GPSLatitudeRef, ASCII, "N\0"
     * </pre>
     */
    private static byte[] withExif(byte[] jpeg, int orientation, boolean withLocation) {
        int entries = withLocation ? 2 : 1;
        int gpsIfd = 8 + 2 + 12 * entries + 4;
        ByteBuffer tiff = ByteBuffer.allocate(gpsIfd + (withLocation ? 2 + 12 + 4 : 0));
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        if (withLocation) {
            tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        }
        tiff.putInt(0);
        if (withLocation) {
            tiff.putShort((short) 1);
            tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put(new byte[3]);
            tiff.putInt(0);
        }
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length + tiff.capacity());
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length + tiff.capacity()));
        app1.put(exif).put(tiff.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // FF D8, start of image
        out.writeBytes(app1.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** PNG signature, an IHDR chunk (8-bit RGB of the given size) and IEND: nothing to decode. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A one-page PDF with a correct cross-reference table; {@code complete = false} cuts it before %%EOF. */
    static byte[] minimalPdf(boolean complete) {
        String[] objects = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(objects[i]);
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append('\n');
        if (complete) {
            pdf.append("%%EOF\n");
        }
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Hands out 'x' bytes up to {@code length}, counting how many were taken. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }
}
