package vn.dvc.kiosk.kiosk.printing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kiosk.printer.*} keys of the kiosk profile, bound here until the profile's own class is merged (same
 * keys, same meaning).
 *
 * @param type         NONE (default), ESCPOS_DEVICE (bytes to a device file) or SYSTEM_PRINTER (bytes, raw, to a CUPS
 *                     queue)
 * @param device       the device file of ESCPOS_DEVICE, e.g. /dev/usb/lp0
 * @param queue        the CUPS queue name of SYSTEM_PRINTER; empty for the system's default printer
 * @param paperWidthMm 80 (default; 576 dots a line) or 58 (384 dots)
 */
@ConfigurationProperties("kiosk.printer")
record PrinterProperties(Type type, Path device, String queue, Integer paperWidthMm) {

    enum Type {
        NONE, ESCPOS_DEVICE, SYSTEM_PRINTER
    }

    PrinterProperties {
        type = type == null ? Type.NONE : type;
        paperWidthMm = paperWidthMm == null ? 80 : paperWidthMm;
        if (paperWidthMm != 80 && paperWidthMm != 58) {
            throw new IllegalArgumentException("kiosk.printer.paper-width-mm is 80 or 58, not " + paperWidthMm);
        }
        if (type == Type.ESCPOS_DEVICE && (device == null || device.toString().isBlank())) {
            throw new IllegalArgumentException(
                    "kiosk.printer.device must name the printer's device file (e.g. /dev/usb/lp0) when "
                            + "kiosk.printer.type is ESCPOS_DEVICE");
        }
        queue = queue == null || queue.isBlank() ? null : queue.strip();
    }

    /** Dots a line at 203 dpi: the printable width of the paper, not the paper itself. */
    int dotsPerLine() {
        return paperWidthMm == 58 ? 384 : 576;
    }
}
