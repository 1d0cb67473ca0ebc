package vn.dvc.kiosk.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.ReceiptPrintResult;

/**
 * Where the bytes go: a regular file stands in for /dev/usb/lp0; a missing device is OFFLINE and the print says so
 * instead of throwing; a kiosk without a printer prints nothing.
 */
class ReceiptPrinterTest {

    @TempDir
    Path dir;

    private EscPosReceiptPrinter printer;

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.destroy();
        }
    }

    @Test
    void anEscPosDeviceGetsExactlyTheJob() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        printer = new EscPosReceiptPrinter(new PrinterSettings(PrinterSettings.Type.ESCPOS_DEVICE, device.toString(), null, 80));

        assertThat(printer.configured()).isTrue();
        assertThat(printer.status()).isEqualTo(PrinterStatus.OK);
        ReceiptPrintResult result = printer.print(ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE));

        assertThat(result.printed()).isTrue();
        assertThat(result.problem()).isNull();
        byte[] written = Files.readAllBytes(device);
        assertThat(written).isEqualTo(printer.job(ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE)));
        EscPosJob job = EscPosJob.parse(written);
        assertThat(job.widthDots()).isEqualTo(576);
        assertThat(ThermalReceiptEscPosTest.decodeQr(job.image())).isEqualTo(ThermalReceiptEscPosTest.TRACKING_URL);
    }

    @Test
    void a58mmPrinterGets384DotLines() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        printer = new EscPosReceiptPrinter(new PrinterSettings(PrinterSettings.Type.ESCPOS_DEVICE, device.toString(), null, 58));

        assertThat(printer.print(ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE)).printed()).isTrue();
        assertThat(EscPosJob.parse(Files.readAllBytes(device)).widthDots()).isEqualTo(384);
    }

    @Test
    void aMissingDeviceIsOfflineAndThePrintFailsWithoutAFileAppearing() {
        Path device = dir.resolve("usb").resolve("lp0");
        printer = new EscPosReceiptPrinter(new PrinterSettings(PrinterSettings.Type.ESCPOS_DEVICE, device.toString(), null, 80));

        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
        ReceiptPrintResult result = printer.print(ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE));

        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(result.problem()).contains(device.toString());
        assertThat(device).doesNotExist();
    }

    /**
     * A FIFO nobody reads blocks its writer, as the usblp driver blocks one while the printer has no paper or an open
     * cover: the print gives up after its deadline, and the heartbeat's status is answered meanwhile, not held up.
     */
    @Test
    void aPrinterThatTakesNothingFailsAfterTheDeadlineAndTheStatusDoesNotWaitForIt() throws Exception {
        Path device = dir.resolve("lp0");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", device.toString()).start().waitFor() == 0,
                "mkfifo is needed to stand in for a blocked printer");
        printer = new EscPosReceiptPrinter(new PrinterSettings(PrinterSettings.Type.ESCPOS_DEVICE, device.toString(), null, 80), Duration.ofSeconds(2));
        try {
            var printing = CompletableFuture.supplyAsync(() -> printer.print(
                    ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE)));
            Thread.sleep(500);
            long asked = System.nanoTime();
            assertThat(printer.status()).as("the state found just before the print").isEqualTo(PrinterStatus.OK);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(300));

            ReceiptPrintResult result = printing.get(10, TimeUnit.SECONDS);
            assertThat(result.printed()).isFalse();
            assertThat(result.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThat(result.problem()).contains("took no receipt", device.toString());
        } finally {
            // a reader lets the abandoned open() of the blocked print return, so no thread is left behind
            try (var unblock = Files.newInputStream(device)) {
                unblock.readNBytes(1);
            }
        }
    }

    @Test
    void aKioskWithoutAPrinterPrintsNothing() {
        printer = new EscPosReceiptPrinter(PrinterSettings.none());

        assertThat(printer.configured()).isFalse();
        assertThat(printer.status()).isEqualTo(PrinterStatus.NONE);
        ReceiptPrintResult result = printer.print(ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE));
        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(PrinterStatus.NONE);
    }

    @Test
    void anUnknownCupsQueueIsOffline() {
        printer = new EscPosReceiptPrinter(new PrinterSettings(PrinterSettings.Type.SYSTEM_PRINTER, null, "no-such-thermal-printer", 80));

        assertThat(printer.status()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(printer.print(ThermalReceiptEscPosTest.receipt(ThermalReceiptEscPosTest.TITLE)).printed())
                .isFalse();
    }

    @Test
    void thePaperSensorAnswerIsRead() {
        assertThat(EscPosReceiptPrinter.paperStatus(0x12)).isEqualTo(PrinterStatus.OK);
        assertThat(EscPosReceiptPrinter.paperStatus(0x1E)).isEqualTo(PrinterStatus.PAPER_LOW);
        assertThat(EscPosReceiptPrinter.paperStatus(0x72)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(EscPosReceiptPrinter.paperStatus(0x7E)).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(EscPosReceiptPrinter.paperStatus(0xFF)).as("noise is no answer").isEqualTo(PrinterStatus.OK);
        assertThat(PrinterStatus.PAPER_LOW.canPrint()).isTrue();
        assertThat(PrinterStatus.PAPER_OUT.canPrint()).isFalse();
    }
}
