package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

import com.google.zxing.LuminanceSource;

/**
 * An 8-bit grayscale copy of a camera frame (one byte per pixel, row by row), converted once per frame; the decode
 * attempts derive their variants from it. Immutable once built.
 */
final class LumaFrame {

    private final byte[] pixels;
    private final int width;
    private final int height;

    private LumaFrame(byte[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    /**
     * Luminance as ZXing's {@code BufferedImageLuminanceSource} computes it, (306 R + 601 G + 117 B) / 1024 with
     * fully transparent pixels white, but straight from the pixel arrays of the usual camera image types.
     */
    static LumaFrame of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] luma = new byte[width * height];
        Raster raster = image.getRaster();
        int type = tightlyPacked(raster, width) ? image.getType() : BufferedImage.TYPE_CUSTOM;
        if (type == BufferedImage.TYPE_3BYTE_BGR) {
            byte[] bgr = ((DataBufferByte) raster.getDataBuffer()).getData();
            for (int i = 0, p = 0; i < luma.length; i++, p += 3) {
                luma[i] = luma(bgr[p + 2] & 0xff, bgr[p + 1] & 0xff, bgr[p] & 0xff);
            }
        } else if (type == BufferedImage.TYPE_INT_RGB) {
            int[] rgb = ((DataBufferInt) raster.getDataBuffer()).getData();
            for (int i = 0; i < luma.length; i++) {
                luma[i] = luma((rgb[i] >> 16) & 0xff, (rgb[i] >> 8) & 0xff, rgb[i] & 0xff);
            }
        } else if (type == BufferedImage.TYPE_INT_ARGB) {
            int[] argb = ((DataBufferInt) raster.getDataBuffer()).getData();
            for (int i = 0; i < luma.length; i++) {
                luma[i] = luma(argb[i]);
            }
        } else if (type == BufferedImage.TYPE_BYTE_GRAY) {
            System.arraycopy(((DataBufferByte) raster.getDataBuffer()).getData(), 0, luma, 0, luma.length);
        } else {
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    luma[y * width + x] = luma(row[x]);
                }
            }
        }
        return new LumaFrame(luma, width, height);
    }

    /** Whether the pixels are the raster's whole array, row after row, with no gaps (not a sub-image). */
    private static boolean tightlyPacked(Raster raster, int width) {
        if (raster.getParent() != null || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0 || raster.getDataBuffer().getOffset() != 0) {
            return false;
        }
        return switch (raster.getSampleModel()) {
            case ComponentSampleModel interleaved -> interleaved.getScanlineStride() == width
                    * interleaved.getPixelStride();
            case SinglePixelPackedSampleModel packed -> packed.getScanlineStride() == width;
            default -> false;
        };
    }

    private static byte luma(int argb) {
        if ((argb >>> 24) == 0) {
            return (byte) 0xff; // transparent: white, as ZXing does
        }
        return luma((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static byte luma(int r, int g, int b) {
        return (byte) ((306 * r + 601 * g + 117 * b + 0x200) >> 10);
    }

    /** How many pixels have each of the 256 luminance values. */
    int[] histogram() {
        int[] histogram = new int[256];
        for (byte pixel : pixels) {
            histogram[pixel & 0xff]++;
        }
        return histogram;
    }

    /**
     * The levels between the darkest and the brightest percent of pixels spread over the full range, when they
     * span less than {@code range} levels; else null (stretching would change little).
     */
    LumaFrame stretchedIfBelow(int range) {
        int[] histogram = histogram();
        int cut = pixels.length / 100;
        int low = 0;
        for (int seen = histogram[0]; seen <= cut && low < 255; seen += histogram[++low]) {
            // walk up to the first percentile
        }
        int high = 255;
        for (int seen = histogram[255]; seen <= cut && high > 0; seen += histogram[--high]) {
            // walk down to the 99th percentile
        }
        if (high <= low || high - low >= range) {
            return null;
        }
        byte[] table = new byte[256];
        for (int level = 0; level < 256; level++) {
            table[level] = (byte) Math.clamp((level - low) * 255L / (high - low), 0, 255);
        }
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = table[pixels[i] & 0xff];
        }
        return new LumaFrame(out, width, height);
    }

    /** Half the size in each direction, each pixel the mean of a 2×2 block (also averages noise away). */
    LumaFrame halved() {
        int w = width / 2;
        int h = height / 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int top = 2 * y * width;
            int bottom = top + width;
            for (int x = 0; x < w; x++) {
                int sum = (pixels[top + 2 * x] & 0xff) + (pixels[top + 2 * x + 1] & 0xff)
                        + (pixels[bottom + 2 * x] & 0xff) + (pixels[bottom + 2 * x + 1] & 0xff);
                out[y * w + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return new LumaFrame(out, w, h);
    }

    /** The middle half of the frame (in each direction) at twice the size, bilinear: small codes get bigger modules. */
    LumaFrame centreDoubled() {
        int left = width / 4;
        int top = height / 4;
        int w = (width / 2) * 2;
        int h = (height / 2) * 2;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            // output pixel centres map to source coordinates (y + 0.5) / 2 - 0.5, in quarters of a pixel
            int sy4 = 2 * y - 1 + 4 * top;
            int y0 = Math.clamp(Math.floorDiv(sy4, 4), 0, height - 1);
            int y1 = Math.min(y0 + 1, height - 1);
            int fy = Math.floorMod(sy4, 4);
            for (int x = 0; x < w; x++) {
                int sx4 = 2 * x - 1 + 4 * left;
                int x0 = Math.clamp(Math.floorDiv(sx4, 4), 0, width - 1);
                int x1 = Math.min(x0 + 1, width - 1);
                int fx = Math.floorMod(sx4, 4);
                int a = pixels[y0 * width + x0] & 0xff;
                int b = pixels[y0 * width + x1] & 0xff;
                int c = pixels[y1 * width + x0] & 0xff;
                int d = pixels[y1 * width + x1] & 0xff;
                int top4 = a * (4 - fx) + b * fx;
                int bottom4 = c * (4 - fx) + d * fx;
                out[y * w + x] = (byte) ((top4 * (4 - fy) + bottom4 * fy + 8) >> 4);
            }
        }
        return new LumaFrame(out, w, h);
    }

    /** Unsharp mask: the difference from the 5×5 box mean added back {@code amount} times; row by row. */
    LumaFrame sharpened(double amount) {
        int r = 2;
        int side = 2 * r + 1;
        int gain = (int) Math.round(amount * 256);
        int[] columns = new int[width]; // sums of the window's rows, per column
        for (int y = -r; y <= r; y++) {
            addRow(columns, Math.clamp(y, 0, height - 1), 1);
        }
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int sum = 0;
            for (int x = -r; x <= r; x++) {
                sum += columns[Math.clamp(x, 0, width - 1)];
            }
            for (int x = 0; x < width; x++) {
                int level = pixels[row + x] & 0xff;
                int detail = level - sum / (side * side);
                out[row + x] = (byte) Math.clamp(level + ((detail * gain) >> 8), 0, 255);
                sum += columns[Math.min(x + r + 1, width - 1)] - columns[Math.max(x - r, 0)];
            }
            addRow(columns, Math.max(y - r, 0), -1);
            addRow(columns, Math.min(y + r + 1, height - 1), 1);
        }
        return new LumaFrame(out, width, height);
    }

    private void addRow(int[] columns, int y, int sign) {
        int row = y * width;
        for (int x = 0; x < width; x++) {
            columns[x] += sign * (pixels[row + x] & 0xff);
        }
    }

    /** The frame as ZXing reads it; ZXing only reads the array, so it is shared, not copied. */
    LuminanceSource source() {
        return new Source();
    }

    private final class Source extends LuminanceSource {

        Source() {
            super(width, height);
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < width ? new byte[width] : row;
            System.arraycopy(pixels, y * width, target, 0, width);
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
