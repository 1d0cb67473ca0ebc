package vn.dvc.kiosk.payment;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * CRC-16/CCITT-FALSE, the checksum of EMVCo QR codes (tag 63): polynomial 0x1021, initial value 0xFFFF, no bit
 * reflection, no final XOR. Check value: "123456789" gives 0x29B1.
 */
public final class Crc16CcittFalse {

    private static final int POLYNOMIAL = 0x1021;
    private static final int INITIAL = 0xFFFF;

    private Crc16CcittFalse() {
    }

    /** The CRC of these bytes, 0..0xFFFF. */
    public static int of(byte[] bytes) {
        int crc = INITIAL;
        for (byte b : bytes) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    /** The CRC of a text's UTF-8 bytes (an EMVCo payload is ASCII) as 4 upper-case hex digits, e.g. "70FA". */
    public static String hex(String text) {
        return HexFormat.of().withUpperCase().toHexDigits((short) of(text.getBytes(StandardCharsets.UTF_8)));
    }
}
