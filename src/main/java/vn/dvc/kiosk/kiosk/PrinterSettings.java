package vn.dvc.kiosk.kiosk;

/**
 * The kiosk's receipt printer ({@code kiosk.printer.*}), already checked at start-up: a device or queue is present
 * when its type needs one.
 *
 * @param type         which kind of printer, if any
 * @param device       for {@link Type#ESCPOS_DEVICE}: the printer's device file, e.g. {@code /dev/usb/lp0}; else null
 * @param queue        for {@link Type#SYSTEM_PRINTER}: the CUPS queue name; else null
 * @param paperWidthMm 58 or 80
 */
public record PrinterSettings(Type type, String device, String queue, int paperWidthMm) {

    public enum Type {
        /** No printer: the receipt is shown on screen (and its QR photographed), never printed. */
        NONE,
        /** A thermal printer spoken to in ESC/POS through its device file. */
        ESCPOS_DEVICE,
        /** A printer the operating system knows (a CUPS queue), e.g. the office's A5 laser printer. */
        SYSTEM_PRINTER
    }

    public static final int DEFAULT_PAPER_WIDTH_MM = 80;

    public static PrinterSettings none() {
        return new PrinterSettings(Type.NONE, null, null, DEFAULT_PAPER_WIDTH_MM);
    }

    public boolean enabled() {
        return type != Type.NONE;
    }

    /** Dots a line at 203 dpi: the printable width of the paper (576 on 80 mm, 384 on 58 mm), not the paper itself. */
    public int dotsPerLine() {
        return paperWidthMm == 58 ? 384 : 576;
    }
}
