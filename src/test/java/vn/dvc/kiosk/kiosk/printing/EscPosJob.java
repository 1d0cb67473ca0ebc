package vn.dvc.kiosk.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * An ESC/POS job read back by an independent parser that knows only the commands a receipt may hold: ESC @ first,
 * then raster bands (GS v 0 m xL xH yL yH d1...dk, bit 1 = black dot, most significant bit leftmost), line feeds,
 * justification (ESC a n), feed (ESC d n), the style reset escpos-coffee sends before a feed (font A, bold off,
 * normal size, underline off, default line spacing, reverse off: ESC M 0, ESC E 0, GS ! 0, ESC - 0, ESC 2, GS B 0),
 * and a cut (GS V m, or GS V m n) last. Anything else fails the test: a
 * printer would print it as garbage or, worse, as a command.
 */
/** @param fedLines line feeds (LF, ESC d n) in the job, the paper fed past the cutter */
public record EscPosJob(int widthDots, List<Band> bands, int fedLines, int cutMode) {

    public record Band(int widthBytes, int rows, byte[] data) {
    }

    public static EscPosJob parse(byte[] job) {
        assertThat(job.length).as("job length").isGreaterThan(2);
        assertThat(new byte[] {job[0], job[1]}).as("ESC @ (initialise) first").containsExactly(0x1B, 0x40);
        int at = 2;
        List<Band> bands = new ArrayList<>();
        int fed = 0;
        Integer cut = null;
        while (at < job.length) {
            assertThat(cut).as("nothing after the cut, at byte %d", at).isNull();
            int b = job[at] & 0xFF;
            if (b == 0x0A) {
                fed++;
                at++;
            } else if (b == 0x1B && (job[at + 1] == 'a')) {
                assertThat(job[at + 2] & 0xFF).as("ESC a n").isIn(0, 1, 2, 48, 49, 50);
                at += 3;
            } else if (b == 0x1B && job[at + 1] == '2') {
                at += 2;
            } else if ((b == 0x1B && (job[at + 1] == 'M' || job[at + 1] == 'E' || job[at + 1] == '-'))
                    || (b == 0x1D && (job[at + 1] == '!' || job[at + 1] == 'B'))) {
                assertThat(job[at + 2] & 0xFF).as("style reset to the printer's default").isIn(0, 48);
                at += 3;
            } else if (b == 0x1B && job[at + 1] == 'd') {
                fed += job[at + 2] & 0xFF;
                at += 3;
            } else if (b == 0x1D && job[at + 1] == 'v' && job[at + 2] == '0') {
                assertThat(job[at + 3] & 0xFF).as("GS v 0 mode: normal density").isIn(0, 48);
                int widthBytes = (job[at + 4] & 0xFF) | (job[at + 5] & 0xFF) << 8;
                int rows = (job[at + 6] & 0xFF) | (job[at + 7] & 0xFF) << 8;
                int size = widthBytes * rows;
                assertThat(at + 8 + size).as("band data within the job").isLessThanOrEqualTo(job.length);
                byte[] data = new byte[size];
                System.arraycopy(job, at + 8, data, 0, size);
                bands.add(new Band(widthBytes, rows, data));
                at += 8 + size;
            } else if (b == 0x1D && job[at + 1] == 'V') {
                int mode = job[at + 2] & 0xFF;
                assertThat(mode).as("GS V m").isIn(0, 1, 48, 49, 65, 66);
                cut = mode;
                at += mode >= 65 ? 4 : 3;
            } else {
                throw new AssertionError("Unexpected byte 0x%02X at %d of %d".formatted(b, at, job.length));
            }
        }
        assertThat(cut).as("the job ends with a cut").isNotNull();
        assertThat(bands).as("raster bands").isNotEmpty();
        int widthBytes = bands.getFirst().widthBytes();
        assertThat(bands).as("every band as wide as the first").allMatch(band -> band.widthBytes() == widthBytes);
        return new EscPosJob(widthBytes * 8, bands, fed, cut);
    }

    public int heightDots() {
        return bands.stream().mapToInt(Band::rows).sum();
    }

    /** The raster as the printer would burn it: black where a bit is 1. */
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(widthDots, heightDots(), BufferedImage.TYPE_BYTE_BINARY);
        int top = 0;
        for (Band band : bands) {
            for (int row = 0; row < band.rows(); row++) {
                for (int x = 0; x < widthDots; x++) {
                    int bit = band.data()[row * band.widthBytes() + x / 8] >> (7 - x % 8) & 1;
                    image.setRGB(x, top + row, bit == 1 ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            top += band.rows();
        }
        return image;
    }
}
