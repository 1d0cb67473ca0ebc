package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Crc16CcittFalseTest {

    @Test
    void standardCheckValueOf123456789Is29B1() {
        assertThat(Crc16CcittFalse.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
        assertThat(Crc16CcittFalse.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void nothingGivesTheInitialValue() {
        assertThat(Crc16CcittFalse.of(new byte[0])).isEqualTo(0xFFFF);
        assertThat(Crc16CcittFalse.hex("")).isEqualTo("FFFF");
    }

    @Test
    void knownVectors() {
        // CRC-16/CCITT-FALSE (also called CRC-16/IBM-3740) of one 'A' and of 256 'A's; the same values come from an
        // independent implementation, Python's binascii.crc_hqx(data, 0xFFFF)
        assertThat(Crc16CcittFalse.hex("A")).isEqualTo("B915");
        assertThat(Crc16CcittFalse.hex("A".repeat(256))).isEqualTo("EA0B");
    }

    @Test
    void theWorkedExampleOfDomainMdGives70FA() {
        String withoutCrc = "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA5303704540618000058"
                + "02VN62230819thanh toan don hang6304";
        assertThat(Crc16CcittFalse.hex(withoutCrc)).isEqualTo("70FA");
    }

    @Test
    void hexIsAlwaysFourUpperCaseDigits() {
        for (int i = 0; i < 500; i++) {
            assertThat(Crc16CcittFalse.hex("x" + i)).matches("[0-9A-F]{4}");
        }
    }
}
