package vn.dvc.kiosk.kiosk;

/**
 * What the kiosk's receipt printer can do right now, for the print button and the health heartbeat.
 *
 * <p>Only an ESC/POS printer on a device file answers about its paper (DLE EOT 4); a printer that does not answer, and
 * a system (CUPS) printer that is known, count as {@link #OK}: a print can be tried, and a failed one still says so.
 */
public enum PrinterStatus {
    /** Ready, as far as the printer tells. */
    OK,
    /** The near-end sensor sees the roll running out: prints still work, someone should bring paper. */
    PAPER_LOW,
    /** No paper: nothing can be printed until the roll is changed. */
    PAPER_OUT,
    /** Configured but not there: device unplugged or not writable, CUPS queue unknown, no answer. */
    OFFLINE,
    /** This kiosk has no receipt printer ({@code kiosk.printer.type: NONE}). */
    NONE;

    /** Whether a receipt can be sent to the printer at all. */
    public boolean canPrint() {
        return this == OK || this == PAPER_LOW;
    }
}
