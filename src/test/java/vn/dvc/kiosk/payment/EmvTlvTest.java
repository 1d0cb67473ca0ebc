package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class EmvTlvTest {

    @Test
    void lengthIsTwoDecimalDigits() {
        assertThat(EmvTlv.field("00", "01")).isEqualTo("000201");
        assertThat(EmvTlv.field("62", "x".repeat(9))).isEqualTo("6209xxxxxxxxx");
        assertThat(EmvTlv.field("62", "x".repeat(10))).startsWith("6210x");
        assertThat(EmvTlv.field("62", "x".repeat(99))).startsWith("6299x").hasSize(103);
    }

    @Test
    void templatesNest() {
        String text = new EmvTlv().add("38", new EmvTlv().add("00", "A000000727").add("02", "QRIBFTTA"))
                .add("53", "704").toString();
        assertThat(text).isEqualTo("38260010A0000007270208QRIBFTTA5303704");
    }

    @Test
    void aValueLongerThan99IsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("62", "x".repeat(100)))
                .withMessageContaining("100 characters").withMessageContaining("at most 99");
    }

    @Test
    void badTagsEmptyValuesAndNonAsciiAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("6", "x")).withMessageContaining("two digits");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("A1", "x")).withMessageContaining("two digits");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("08", "")).withMessageContaining("needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("08", null)).withMessageContaining("needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("08", "lệ phí"))
                .withMessageContaining("printable ASCII").withMessageContaining("U+1EC7");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.field("08", "a\nb"))
                .withMessageContaining("printable ASCII");
    }

    @Test
    void parseReadsTagsInOrder() {
        assertThat(EmvTlv.parse("000201010212530370454061800005802VN"))
                .containsExactly(
                        entry("00", "01"),
                        entry("01", "12"),
                        entry("53", "704"),
                        entry("54", "180000"),
                        entry("58", "VN"));
        assertThat(EmvTlv.parse("")).isEmpty();
    }

    @Test
    void parseRefusesMalformedText() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.parse("0002010")).withMessageContaining("Truncated");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.parse("0005010")).withMessageContaining("announces 05");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.parse("00x201")).withMessageContaining("Malformed");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.parse("000201000202")).withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> EmvTlv.parse(null));
    }
}
