package vn.dvc.kiosk.kiosk.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;

/**
 * The ESC/POS job of one receipt image: initialise (ESC @), the image as raster bands (GS v 0), feed past the cutter,
 * cut (GS V). Nothing else: no code page, no text mode, no printer-specific command, so any ESC/POS printer prints it
 * the same.
 */
final class EscPosReceipt {

    /**
     * Rows per GS v 0 command. Cheap printers buffer one command whole and some drop bands taller than their buffer
     * (a whole receipt is 1,500 rows, 108 KB); 128 rows of 72 bytes is 9 KB, which every printer takes.
     */
    static final int BAND_ROWS = 128;
    /** Lines fed after the image so that its end clears the cutter, which sits a few millimetres above the head. */
    static final int FEED_LINES = 4;

    private EscPosReceipt() {
    }

    static byte[] job(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() / 8 * image.getHeight() + 1024);
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            RasterBitImageWrapper raster = new RasterBitImageWrapper();
            for (int top = 0; top < image.getHeight(); top += BAND_ROWS) {
                BufferedImage band = image.getSubimage(0, top, image.getWidth(),
                        Math.min(BAND_ROWS, image.getHeight() - top));
                escpos.write(raster, new EscPosImage(new CoffeeImageImpl(band), new BitonalThreshold(127)));
            }
            escpos.feed(FEED_LINES);
            escpos.cut(EscPos.CutMode.FULL);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an ESC/POS job to memory", e);
        }
        return bytes.toByteArray();
    }
}
