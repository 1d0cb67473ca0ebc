package vn.dvc.kiosk.filing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.filing.DocumentRefused.Reason;

/**
 * Turns whatever a resident hands over (an upload, a tablet photo, a kiosk camera frame) into a page worth keeping:
 * the type is read from the bytes, never from the name; images are turned upright, shrunk, and re-encoded as JPEG,
 * which also drops their metadata (a phone photo's EXIF can hold where it was taken).
 */
@Component
public class DocumentIntake {

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");
    /** Pixels a page image may decode to; a bigger one is refused before it is decoded (a "decompression bomb"). */
    private static final long MAX_PIXELS = 60_000_000L;

    private final Tika tika = new Tika();
    private final DocumentProperties properties;

    DocumentIntake(DocumentProperties properties) {
        this.properties = properties;
    }

    /** Reads at most one byte past the limit, so an oversized upload is refused without being held in memory. */
    public AcceptedPage accept(InputStream upload) throws IOException {
        long limit = properties.maxFileSize().toBytes();
        byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return accept(bytes);
    }

    public AcceptedPage accept(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DocumentRefused(Reason.EMPTY, "no bytes");
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            throw new DocumentRefused(Reason.TOO_LARGE, "over " + properties.maxFileSize());
        }
        String type = tika.detect(bytes);
        if (AcceptedPage.PDF.equals(type)) {
            return pdf(bytes);
        }
        if (!IMAGES.contains(type)) {
            throw new DocumentRefused(Reason.NOT_SUPPORTED, type);
        }
        BufferedImage image = decode(bytes);
        return photo(upright(image, orientation(bytes)));
    }

    /** A frame of the kiosk's document camera, or a decoded image. */
    public AcceptedPage photo(BufferedImage image) {
        BufferedImage page = shrink(image, properties.maxImageEdge());
        return new AcceptedPage(AcceptedPage.JPEG, jpeg(page, properties.jpegQuality()));
    }

    private static AcceptedPage pdf(byte[] bytes) {
        // a PDF ends with %%EOF (possibly followed by a line break); a cut-off download does not
        int tail = Math.max(0, bytes.length - 1024);
        String end = new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1);
        if (!end.contains("%%EOF")) {
            throw new DocumentRefused(Reason.DAMAGED, "PDF without %%EOF");
        }
        return new AcceptedPage(AcceptedPage.PDF, bytes);
    }

    private static BufferedImage decode(byte[] bytes) {
        // in memory: ImageIO would otherwise cache the stream in a temporary file, and pages are people's documents
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DocumentRefused(Reason.DAMAGED, "no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new DocumentRefused(Reason.TOO_LARGE, pixels + " pixels");
                }
                // a cut-off JPEG decodes without an exception, its missing part grey: only a warning tells
                List<String> cutOff = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (cutOff(warning)) {
                        cutOff.add(warning);
                    }
                });
                BufferedImage image = reader.read(0);
                if (!cutOff.isEmpty()) {
                    throw new DocumentRefused(Reason.DAMAGED, cutOff.getFirst());
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DocumentRefused refused) {
                throw refused;
            }
            throw new DocumentRefused(Reason.DAMAGED, unreadable.getClass().getSimpleName());
        }
    }

    /**
     * The JDK's JPEG reader says "Truncated File - Missing EOI marker" and libjpeg "Premature end of JPEG file" or
     * "Corrupt JPEG data: premature end of data segment" when the data stops early; other warnings (such as
     * extraneous bytes before a marker, which some cameras write) leave a whole picture and are let through.
     */
    private static boolean cutOff(String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return text.contains("truncated") || text.contains("premature end");
    }

    /** EXIF orientation 1..8; 1 (as stored) when there is none. */
    private static int orientation(byte[] bytes) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (ImageProcessingException | IOException | MetadataException noUsableMetadata) {
            // the picture is used as stored
        }
        return 1;
    }

    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        // where the stored pixel (x, y) belongs: x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // needs a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: needs a quarter turn anticlockwise
        };
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        // the page is laid on white paper here already: transparent parts would otherwise turn black
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** Halving steps keep the text of a photographed page legible; one big bicubic step would blur it. */
    private static BufferedImage shrink(BufferedImage image, int maxEdge) {
        BufferedImage current = opaque(image);
        while (Math.max(current.getWidth(), current.getHeight()) > maxEdge) {
            double scale = Math.max(0.5, (double) maxEdge / Math.max(current.getWidth(), current.getHeight()));
            int w = Math.max(1, (int) Math.round(current.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(current.getHeight() * scale));
            BufferedImage smaller = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = smaller.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = smaller;
        }
        return current;
    }

    /** JPEG has no transparency: a transparent PNG is laid on white paper. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding into memory failed", e);
        } finally {
            writer.dispose();
        }
    }
}
