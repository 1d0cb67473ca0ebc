package vn.dvc.kiosk.kiosk.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import vn.dvc.kiosk.kiosk.ThermalReceipt;

/**
 * Draws a thermal receipt as the 1-bit image the printer prints, one image pixel per printer dot (203 dpi, 8 dots a
 * millimetre). Vietnamese goes through our own TrueType font rather than the printer's code pages, which have no
 * room for its 134 accented letters (TCVN3/VISCII code pages exist on few printers and lose the tones on the rest).
 *
 * <p>Text is drawn antialiased in grey and then cut at a threshold darker than middle grey: that keeps the small
 * diacritics (the dot of "ộ", the hook of "ở") whole, which plain non-antialiased drawing at these sizes sometimes
 * drops, and thermal heads print thin strokes thinner still. The QR code is drawn from ZXing's module matrix at a
 * whole number of dots a module, so its edges are exact.
 */
final class ThermalReceiptImage {

    /** The drawn receipt and where its parts are, for the tests. */
    record Rendered(BufferedImage image, Rectangle title, Rectangle qr) {
    }

    /** Grey levels below this print black; above middle grey so that antialiased stroke edges thicken the stroke. */
    private static final int INK_THRESHOLD = 160;
    private static final int MAX_HEIGHT = 8000;

    private final Font regular;
    private final Font bold;

    ThermalReceiptImage() {
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    Rendered render(ThermalReceipt receipt, int width) {
        BufferedImage canvas = new BufferedImage(width, MAX_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, MAX_HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Layout layout = new Layout(g, width);
            Rectangle[] parts = layout.draw(receipt);
            int height = Math.min(MAX_HEIGHT, layout.y + layout.pad);
            return new Rendered(oneBit(canvas, height), parts[0], parts[1]);
        } finally {
            g.dispose();
        }
    }

    /** Characters of {@code text} the receipt font cannot draw (they would print as empty boxes). */
    String missingGlyphs(String text) {
        StringBuilder missing = new StringBuilder();
        nfc(text).codePoints().filter(c -> !Character.isWhitespace(c) && !regular.canDisplay(c))
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    private static BufferedImage oneBit(BufferedImage grey, int height) {
        BufferedImage image = new BufferedImage(grey.getWidth(), height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster out = image.getRaster();
        var in = grey.getRaster();
        int[] row = new int[grey.getWidth()];
        for (int y = 0; y < height; y++) {
            in.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                out.setSample(x, y, 0, row[x] < INK_THRESHOLD ? 0 : 1);
            }
        }
        return image;
    }

    /** Draws from the top down; {@code y} is the top of the next line. */
    private final class Layout {

        private final Graphics2D g;
        private final int width;
        private final int pad;
        private final int body;
        private final int small;
        private final int moduleDots;
        private int y;

        Layout(Graphics2D g, int width) {
            this.g = g;
            this.width = width;
            boolean wide = width >= 576;
            this.pad = wide ? 8 : 4;
            this.body = wide ? 24 : 20;
            this.small = wide ? 21 : 18;
            // 0.75 mm modules at 203 dpi: phone cameras read them from arm's length, on both paper widths
            this.moduleDots = 6;
            this.y = pad;
        }

        Rectangle[] draw(ThermalReceipt receipt) {
            if (receipt.agency() != null && !receipt.agency().isBlank()) {
                centred(receipt.agency(), bold.deriveFont((float) body));
                y += body / 2;
                g.fillRect(width / 3, y, width / 3, 2);
                y += body / 2;
            }
            int titleTop = y;
            centred(receipt.title(), bold.deriveFont((float) body + 4));
            Rectangle title = new Rectangle(0, titleTop, width, y - titleTop);
            y += body / 2;
            if (receipt.codeLabel() != null) {
                centred(receipt.codeLabel(), regular.deriveFont((float) small));
            }
            centred(receipt.dossierCode(), fitted(receipt.dossierCode()));
            y += body / 3;
            rule();
            for (ThermalReceipt.Field field : receipt.fields()) {
                labelled(field.label(), field.value());
                y += body / 4;
            }
            rule();
            Rectangle qr = qr(receipt.trackingUrl());
            if (receipt.trackingText() != null) {
                centred(receipt.trackingText(), regular.deriveFont((float) small));
            }
            return new Rectangle[] {title, qr};
        }

        /** The dossier code as large as the line allows, up to twice the body size, on one line if it can be. */
        private Font fitted(String code) {
            int room = width - 2 * pad;
            for (int size = body * 2; size > body; size -= 2) {
                Font font = bold.deriveFont((float) size);
                if (g.getFontMetrics(font).stringWidth(nfc(code)) <= room) {
                    return font;
                }
            }
            return bold.deriveFont((float) body);
        }

        private void rule() {
            for (int x = pad; x < width - pad; x += 12) {
                g.fillRect(x, y, 6, 2);
            }
            y += body / 2 + 2;
        }

        private void centred(String text, Font font) {
            for (List<Run> line : wrap(List.of(new Run(nfc(text), font)))) {
                drawLine(line, true);
            }
        }

        private void labelled(String label, String value) {
            Font labelFont = bold.deriveFont((float) body);
            Font valueFont = regular.deriveFont((float) body);
            for (List<Run> line : wrap(List.of(new Run(nfc(label) + ":", labelFont),
                    new Run(nfc(value), valueFont)))) {
                drawLine(line, false);
            }
        }

        private Rectangle qr(String text) {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IllegalArgumentException("Cannot encode the tracking link as a QR code: " + e.getMessage(),
                        e);
            }
            int modules = matrix.getWidth();
            int dots = Math.max(2, Math.min(moduleDots, (width - 2 * pad) / (modules + 8)));
            int side = modules * dots;
            int left = (width - side) / 2;
            // the quiet zone of 4 modules that cameras need is the white paper above, below and beside the code
            y += 3 * dots;
            int top = y;
            for (int my = 0; my < modules; my++) {
                for (int mx = 0; mx < modules; mx++) {
                    if (matrix.get(mx, my)) {
                        g.fillRect(left + mx * dots, top + my * dots, dots, dots);
                    }
                }
            }
            y += side + 4 * dots;
            return new Rectangle(left, top, side, side);
        }

        private void drawLine(List<Run> line, boolean centre) {
            int lineWidth = 0;
            int ascent = 0;
            int height = 0;
            for (Run run : line) {
                FontMetrics metrics = g.getFontMetrics(run.font());
                lineWidth += metrics.stringWidth(run.text());
                ascent = Math.max(ascent, metrics.getAscent());
                height = Math.max(height, metrics.getAscent() + metrics.getDescent());
            }
            int x = centre ? Math.max(pad, (width - lineWidth) / 2) : pad;
            int baseline = y + ascent;
            for (Run run : line) {
                g.setFont(run.font());
                g.drawString(run.text(), x, baseline);
                x += g.getFontMetrics(run.font()).stringWidth(run.text());
            }
            y += height + 2;
        }

        /** Greedy word wrap over runs of different fonts; a word longer than a line is broken between letters. */
        private List<List<Run>> wrap(List<Run> runs) {
            int room = width - 2 * pad;
            List<List<Run>> lines = new ArrayList<>();
            List<Run> line = new ArrayList<>();
            int used = 0;
            for (Run run : runs) {
                FontMetrics metrics = g.getFontMetrics(run.font());
                for (String word : run.text().strip().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String piece = line.isEmpty() ? word : " " + word;
                    int w = metrics.stringWidth(piece);
                    if (used + w > room && !line.isEmpty()) {
                        lines.add(line);
                        line = new ArrayList<>();
                        used = 0;
                        piece = word;
                        w = metrics.stringWidth(piece);
                    }
                    while (w > room) {
                        int cut = piece.length() - 1;
                        while (cut > 1 && metrics.stringWidth(piece.substring(0, cut)) > room) {
                            cut--;
                        }
                        lines.add(List.of(new Run(piece.substring(0, cut), run.font())));
                        piece = piece.substring(cut);
                        w = metrics.stringWidth(piece);
                    }
                    line.add(new Run(piece, run.font()));
                    used += w;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }
    }

    private record Run(String text, Font font) {
    }

    /** Decomposed accents (as some keyboards and copied text send them) would be drawn beside their letters. */
    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Font font(String resource) {
        try (InputStream in = ThermalReceiptImage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The receipt font " + resource + " is not on the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the receipt font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The receipt font " + resource + " is not a TrueType font", e);
        }
    }
}
