package vn.dvc.kiosk.kiosk.printing;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.ReceiptPrintResult;
import vn.dvc.kiosk.kiosk.ReceiptPrinter;
import vn.dvc.kiosk.kiosk.ThermalReceipt;

/**
 * Sends receipts as ESC/POS raster jobs to the configured printer: a device file (the usblp driver's /dev/usb/lp0, a
 * serial port) or a raw CUPS queue. One print at a time: a kiosk has one printer and one resident.
 *
 * <p>Device I/O runs on its own thread with a deadline, because the usblp driver blocks a write for as long as the
 * printer has no paper or its cover is open, and a device read for as long as the printer does not answer; the
 * resident's screen must not hang on either.
 */
@Component
class EscPosReceiptPrinter implements ReceiptPrinter, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EscPosReceiptPrinter.class);

    /** DLE EOT 4: "transmit roll paper sensor status", answered with one byte even while the printer is busy. */
    static final byte[] PAPER_STATUS_REQUEST = {0x10, 0x04, 0x04};
    static final Duration STATUS_TIMEOUT = Duration.ofMillis(800);
    /** A receipt is about 100 KB: a USB printer takes it in a second or two, a 9,600-baud serial one in about ten. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(20);

    private final PrinterSettings printer;
    /**
     * One job or status request on the device at a time: a status request written in the middle of a job would land
     * inside its raster data.
     */
    private final ReentrantLock deviceLock = new ReentrantLock();
    private volatile PrinterStatus lastStatus;
    private final ThermalReceiptImage images = new ThermalReceiptImage();
    private final ExecutorService io = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("receipt-printer-",
            0).factory());

    private final Duration writeTimeout;

    @Autowired
    EscPosReceiptPrinter(KioskProfile profile) {
        this(profile.printer(), WRITE_TIMEOUT);
    }

    EscPosReceiptPrinter(PrinterSettings printer) {
        this(printer, WRITE_TIMEOUT);
    }

    EscPosReceiptPrinter(PrinterSettings printer, Duration writeTimeout) {
        this.printer = printer;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public boolean configured() {
        return printer.enabled();
    }

    /** While a receipt is printing, the state found just before it: the heartbeat does not wait for the print. */
    @Override
    public PrinterStatus status() {
        if (!deviceLock.tryLock()) {
            PrinterStatus last = lastStatus;
            return last == null ? PrinterStatus.OK : last;
        }
        try {
            return askStatus();
        } finally {
            deviceLock.unlock();
        }
    }

    private PrinterStatus askStatus() {
        PrinterStatus status = switch (printer.type()) {
            case NONE -> PrinterStatus.NONE;
            case ESCPOS_DEVICE -> deviceStatus(Path.of(printer.device()));
            case SYSTEM_PRINTER -> queue().isPresent() ? PrinterStatus.OK : PrinterStatus.OFFLINE;
        };
        lastStatus = status;
        return status;
    }

    @Override
    public ReceiptPrintResult print(ThermalReceipt receipt) {
        if (!configured()) {
            return ReceiptPrintResult.failed(PrinterStatus.NONE, "This kiosk has no receipt printer");
        }
        deviceLock.lock();
        try {
            return printLocked(receipt);
        } finally {
            deviceLock.unlock();
        }
    }

    private ReceiptPrintResult printLocked(ThermalReceipt receipt) {
        PrinterStatus before = askStatus();
        if (!before.canPrint()) {
            return failed(before, "The printer is " + before + " (" + where() + ")");
        }
        byte[] job = job(receipt);
        try {
            if (printer.type() == PrinterSettings.Type.ESCPOS_DEVICE) {
                Path device = Path.of(printer.device());
                within(writeTimeout, () -> {
                    try (FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        ByteBuffer buffer = ByteBuffer.wrap(job);
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                    }
                    return null;
                });
            } else {
                PrintService service = queue().orElseThrow(() -> new PrintException("No CUPS queue " + where()));
                DocPrintJob printJob = service.createPrintJob();
                printJob.print(new SimpleDoc(job, DocFlavor.BYTE_ARRAY.AUTOSENSE, null),
                        new HashPrintRequestAttributeSet());
            }
        } catch (TimeoutException e) {
            lastStatus = PrinterStatus.OFFLINE;
            return failed(PrinterStatus.OFFLINE, "The printer took no receipt for " + writeTimeout.toSeconds()
                    + " s (" + where() + "): out of paper, cover open or jammed?");
        } catch (Exception e) {
            lastStatus = PrinterStatus.OFFLINE;
            return failed(PrinterStatus.OFFLINE, "Cannot send the receipt to " + where() + ": " + e);
        }
        log.info("Printed a receipt on {} ({} bytes)", where(), job.length);
        return ReceiptPrintResult.printed(before);
    }

    /** The bytes {@link #print} sends for this receipt on this kiosk's paper. */
    byte[] job(ThermalReceipt receipt) {
        return EscPosReceipt.job(images.render(receipt, printer.dotsPerLine()).image());
    }

    /** The paper state of an ESC/POS printer on a device file; a regular file stands in for a printer and is OK. */
    PrinterStatus deviceStatus(Path device) {
        if (!Files.exists(device)) {
            return PrinterStatus.OFFLINE;
        }
        if (!Files.isWritable(device)) {
            log.warn("The receipt printer {} is there but this user may not write to it (group lp?)", device);
            return PrinterStatus.OFFLINE;
        }
        if (Files.isRegularFile(device)) {
            return PrinterStatus.OK;
        }
        try {
            Integer answer = within(STATUS_TIMEOUT, () -> {
                try (FileChannel channel = FileChannel.open(device, StandardOpenOption.READ,
                        StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(PAPER_STATUS_REQUEST));
                    ByteBuffer reply = ByteBuffer.allocate(1);
                    return channel.read(reply) == 1 ? Byte.toUnsignedInt(reply.get(0)) : null;
                }
            });
            return answer == null ? PrinterStatus.OK : paperStatus(answer);
        } catch (TimeoutException e) {
            // many USB printers never answer through usblp: writable is all we can know
            return PrinterStatus.OK;
        } catch (Exception e) {
            log.warn("The receipt printer {} did not take a status request: {}", device, e.toString());
            return PrinterStatus.OFFLINE;
        }
    }

    /**
     * Reads the answer to DLE EOT 4: bits 2-3 the paper near-end sensor, bits 5-6 the paper-end sensor; bits 1 and 4
     * are always set and bit 7 clear, which tells an answer from noise (noise counts as "no answer").
     */
    static PrinterStatus paperStatus(int answer) {
        if ((answer & 0x93) != 0x12) {
            return PrinterStatus.OK;
        }
        if ((answer & 0x60) != 0) {
            return PrinterStatus.PAPER_OUT;
        }
        if ((answer & 0x0C) != 0) {
            return PrinterStatus.PAPER_LOW;
        }
        return PrinterStatus.OK;
    }

    private Optional<PrintService> queue() {
        if (printer.queue() == null) {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(DocFlavor.BYTE_ARRAY.AUTOSENSE, null))
                .filter(service -> service.getName().equals(printer.queue())).findFirst();
    }

    private <T> T within(Duration limit, Callable<T> io) throws Exception {
        Future<T> task = this.io.submit(io);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // interrupting closes the channel, which ends the blocked write or read
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private String where() {
        return switch (printer.type()) {
            case ESCPOS_DEVICE -> "device " + printer.device();
            case SYSTEM_PRINTER -> "CUPS queue " + (printer.queue() == null ? "(default)" : printer.queue());
            case NONE -> "no printer";
        };
    }

    private static ReceiptPrintResult failed(PrinterStatus status, String problem) {
        log.warn("Receipt not printed: {}", problem);
        return ReceiptPrintResult.failed(status, problem);
    }

    @Override
    public void destroy() {
        io.shutdownNow();
    }
}
