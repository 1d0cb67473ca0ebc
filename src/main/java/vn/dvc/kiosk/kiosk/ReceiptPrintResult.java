package vn.dvc.kiosk.kiosk;

/**
 * How a print went.
 *
 * @param printed whether the bytes reached the printer (or the print queue)
 * @param status  the printer's state afterwards; on failure, why (OFFLINE, PAPER_OUT, NONE)
 * @param problem for the log and the admin, never shown to the resident; null when printed
 */
public record ReceiptPrintResult(boolean printed, PrinterStatus status, String problem) {

    public static ReceiptPrintResult printed(PrinterStatus status) {
        return new ReceiptPrintResult(true, status, null);
    }

    public static ReceiptPrintResult failed(PrinterStatus status, String problem) {
        return new ReceiptPrintResult(false, status, problem);
    }
}
