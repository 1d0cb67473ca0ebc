package vn.dvc.kiosk.kiosk;

import java.util.concurrent.CompletableFuture;

/**
 * The kiosk's receipt printer: an 80 mm (or 58 mm) ESC/POS thermal printer on a device file or a CUPS queue, or
 * none. Vietnamese is printed as a raster image, so every printer prints every diacritic.
 */
public interface ReceiptPrinter {

    /** Whether this kiosk has a receipt printer at all: without one, the screens offer no thermal print. */
    boolean configured();

    /** The printer's state now (asks the printer; takes at most a second or so), for the screens and the heartbeat. */
    PrinterStatus status();

    /**
     * Prints the receipt and cuts the paper. Never throws for a printer problem: the caller keeps the receipt on screen
     * and tells the resident what to do instead.
     */
    ReceiptPrintResult print(ThermalReceipt receipt);

    /**
     * {@link #print} on another thread: a printer without paper holds a print for up to 20 s before it is given up,
     * and the resident's screen (and its "Finish" button) must answer meanwhile. Never completes exceptionally.
     */
    default CompletableFuture<ReceiptPrintResult> printInBackground(ThermalReceipt receipt) {
        return CompletableFuture.supplyAsync(() -> print(receipt), task -> Thread.ofVirtual().name("receipt-print")
                .start(task));
    }
}
