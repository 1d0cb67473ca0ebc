package vn.dvc.kiosk.backoffice.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small picture of a PDF page's first page, for its tile. Rendered when the browser asks for it, at a resolution
 * that fits the tile (a 300 dpi scan would cost a lot more for nothing). A PDF that cannot be drawn gets a plain
 * "PDF" card instead of a broken image: the officer still opens it in the browser's own viewer.
 */
final class PdfThumbnails {

    /** 140 px wide for an A4 page (595 pt) is about 17 dpi; twice that stays sharp on a high-density screen. */
    private static final float DPI = 34f;

    private static final Logger log = LoggerFactory.getLogger(PdfThumbnails.class);

    private PdfThumbnails() {
    }

    static byte[] png(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return encode(new PDFRenderer(document).renderImageWithDPI(0, DPI));
        } catch (IOException | RuntimeException unreadable) {
            log.info("A PDF page could not be drawn as a thumbnail: {}", unreadable.toString());
            return encode(card());
        }
    }

    private static BufferedImage card() {
        BufferedImage card = new BufferedImage(140, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 140, 180);
        g.setColor(new Color(0x0b4f8a));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        g.drawString("PDF", 40, 100);
        g.dispose();
        return card;
    }

    private static byte[] encode(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
