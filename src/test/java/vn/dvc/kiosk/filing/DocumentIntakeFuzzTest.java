package vn.dvc.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.kiosk.filing.DocumentIntakeTest.chunk;
import static vn.dvc.kiosk.filing.DocumentIntakeTest.intake;
import static vn.dvc.kiosk.filing.DocumentIntakeTest.jpeg;
import static vn.dvc.kiosk.filing.DocumentIntakeTest.minimalPdf;
import static vn.dvc.kiosk.filing.DocumentIntakeTest.picture;
import static vn.dvc.kiosk.filing.DocumentIntakeTest.png;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.unit.DataSize;
import vn.dvc.kiosk.support.BadInput;

/**
 * Whatever bytes arrive as an upload, the intake keeps a JPEG or a PDF or refuses them with its own
 * {@link DocumentRefused.Reason}, never another exception, in bounded time and memory. Random bytes, real pages
 * damaged at random, and the classic hostile files: a zip bomb, a PNG whose image data inflates to gigapixels,
 * polyglots (JPEG+ZIP, PDF+HTML, HTML+PDF), wrong magic bytes.
 */
class DocumentIntakeFuzzTest {

    private final DocumentIntake intake = intake(DataSize.ofMegabytes(10), 2400);

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyUploadIsKeptAsAPageOrRefusedWithTheIntakesOwnReason() {
        BadInput random = new BadInput(2);
        BadInput.Tally tally = new BadInput.Tally("Document intake");
        List<byte[]> valid = List.of(png(picture(64, 48)), jpeg(picture(64, 48)), minimalPdf(true));
        List<byte[]> inputs = new ArrayList<>(hostileFiles());
        for (int i = 0; i < BadInput.cases(3_000); i++) {
            inputs.add(i % 3 == 0 ? random.bytes(random.nextInt(4096)) : random.mutate(random.pick(valid)));
        }
        long heapBefore = usedHeap();
        for (byte[] input : inputs) {
            tally.attempt(input, this::problemWith, bytes -> bytes.length + " bytes starting "
                    + BadInput.Tally.describe(new String(bytes, 0, Math.min(16, bytes.length),
                            StandardCharsets.ISO_8859_1)));
        }

        assertThat(tally.unexpected()).as(tally.report()).isEmpty();
        assertThat(usedHeap() - heapBefore).as("memory still held after all uploads").isLessThan(256L << 20);
    }

    @Test
    void aZipBombIsNotSupportedAndNeverInflated() {
        byte[] bomb = zipOfZeros(200 << 20);

        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(refusal(bomb)).isEqualTo(DocumentRefused.Reason.NOT_SUPPORTED);
    }

    @Test
    void aPngWhoseImageDataInflatesToGigapixelsIsRefusedFromItsHeader() {
        assertThat(refusal(pngBomb(50_000, 50_000))).isEqualTo(DocumentRefused.Reason.TOO_LARGE);
    }

    @Test
    void aJpegWithAZipAppendedKeepsOnlyThePicture() {
        byte[] polyglot = concat(jpeg(picture(64, 48)), zipOfZeros(1024));

        AcceptedPage page = intake.accept(polyglot);

        assertThat(page.contentType()).isEqualTo(AcceptedPage.JPEG);
        assertThat(indexOf(page.content(), new byte[] {'P', 'K', 3, 4})).as("the ZIP is gone").isEqualTo(-1);
    }

    @Test
    void htmlWithAPdfInsideIsNotSupported() {
        byte[] polyglot = concat("<html><body><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII),
                minimalPdf(true));

        assertThat(refusal(polyglot)).isEqualTo(DocumentRefused.Reason.NOT_SUPPORTED);
    }

    @Test
    void aPdfCarryingHtmlIsKeptAsAPdfByteForByte() {
        // by design: a PDF is kept as handed in (it is signed, stamped paper); it is only ever served back as
        // application/pdf with nosniff, so the HTML inside is never rendered as a page
        byte[] pdf = minimalPdf(true);
        byte[] polyglot = concat(Arrays.copyOf(pdf, 9),
                "<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOfRange(pdf, 9, pdf.length));

        AcceptedPage page = intake.accept(polyglot);

        assertThat(page.contentType()).isEqualTo(AcceptedPage.PDF);
    }

    /** Null when the outcome is a kept JPEG/PDF or the intake's own refusal. */
    private String problemWith(byte[] upload) {
        try {
            AcceptedPage page = intake.accept(upload);
            if (!AcceptedPage.JPEG.equals(page.contentType()) && !AcceptedPage.PDF.equals(page.contentType())) {
                return "kept as " + page.contentType();
            }
            if (page.content() == null || page.content().length == 0) {
                return "kept an empty page";
            }
            return null;
        } catch (DocumentRefused refused) {
            return refused.reason() == null ? "refused without a reason" : null;
        }
    }

    private DocumentRefused.Reason refusal(byte[] upload) {
        try {
            intake.accept(upload);
            return null;
        } catch (DocumentRefused refused) {
            return refused.reason();
        }
    }

    private List<byte[]> hostileFiles() {
        byte[] jpeg = jpeg(picture(64, 48));
        byte[] png = png(picture(64, 48));
        byte[] pdf = minimalPdf(true);
        List<byte[]> files = new ArrayList<>();
        files.add(new byte[0]);
        files.add(new byte[] {(byte) 0xFF, (byte) 0xD8});
        files.add(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        files.add(Arrays.copyOf(png, 8));
        files.add("%PDF-".getBytes(StandardCharsets.US_ASCII));
        files.add("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        files.add(zipOfZeros(200 << 20));
        files.add(pngBomb(50_000, 50_000));
        files.add(pngBomb(7_000, 7_000));
        files.add(concat(jpeg, zipOfZeros(1024)));
        files.add(concat(zipOfZeros(1024), jpeg));
        files.add(concat("<html>".getBytes(StandardCharsets.US_ASCII), pdf));
        files.add(concat(pdf, "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)));
        files.add(concat(png, jpeg));
        files.add(concat(Arrays.copyOf(jpeg, 4), Arrays.copyOfRange(png, 4, png.length)));
        files.add("GIF89a".getBytes(StandardCharsets.US_ASCII));
        files.add("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.US_ASCII));
        files.add("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        files.add(new byte[11 << 20]);
        return files;
    }

    /** A real ZIP holding one file of zeros: a few hundred kilobytes that inflate to {@code size}. */
    private static byte[] zipOfZeros(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("page.jpg"));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                zip.write(zeros, 0, Math.min(zeros.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG of the given size whose IDAT really holds its (all zero) rows, compressed. */
    private static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + width]; // filter byte, then one gray byte per pixel
            for (int y = 0; y < Math.min(height, 2_000); y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IDAT", idat.toByteArray()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
