package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietQrPayloadTest {

    /** DOMAIN.md, "Payments": a dynamic code (01=12) for 180,000 VND to 1017595600 at BIN 970436. */
    static final String WORKED_EXAMPLE = "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA"
            + "530370454061800005802VN62230819thanh toan don hang630470FA";

    @Test
    void reproducesTheWorkedExampleByteForByte() {
        VietQrPayload payload = VietQrPayload.dynamic("970436", "1017595600", 180_000, "thanh toan don hang");

        assertThat(payload.text()).isEqualTo(WORKED_EXAMPLE);
        assertThat(payload.text()).endsWith("630470FA");
        assertThat(payload.isDynamic()).isTrue();
    }

    @Test
    void fieldsComeInTheOrderAndWithTheValuesOfDomainMd() {
        var fields = EmvTlv.parse(VietQrPayload.dynamic("970436", "1017595600", 180_000, "thanh toan don hang").text());

        assertThat(fields.keySet()).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
        assertThat(EmvTlv.parse(fields.get("38")).keySet()).containsExactly("00", "01", "02");
        assertThat(EmvTlv.parse(EmvTlv.parse(fields.get("38")).get("01")))
                .containsExactly(org.assertj.core.api.Assertions.entry("00", "970436"),
                        org.assertj.core.api.Assertions.entry("01", "1017595600"));
    }

    @Test
    void aStaticCodeSays11AndHasNoAmount() {
        VietQrPayload payload = VietQrPayload.staticPayload("970436", "1017595600", "");

        assertThat(payload.text()).startsWith("000201010211");
        var fields = EmvTlv.parse(payload.text());
        assertThat(fields).doesNotContainKeys("54", "62");
        assertThat(fields.keySet()).containsExactly("00", "01", "38", "53", "58", "63");
        assertThat(payload.amountVnd()).isEmpty();
        assertThat(payload.isDynamic()).isFalse();
        assertThat(Crc16CcittFalse.hex(payload.text().substring(0, payload.text().length() - 4)))
                .isEqualTo(payload.text().substring(payload.text().length() - 4));
    }

    @Test
    void amountsAreWholeDongWithoutDecimals() {
        assertThat(EmvTlv.parse(VietQrPayload.dynamic("970436", "1", 1, "").text()).get("54")).isEqualTo("1");
        assertThat(EmvTlv.parse(VietQrPayload.dynamic("970436", "1", 99_999_999_999L, "").text()).get("54"))
                .isEqualTo("99999999999");
    }

    @Test
    void amountsOutsideOneToElevenNinesAreRefused() {
        for (long amount : new long[] {0, -1, -180_000, 100_000_000_000L, Long.MAX_VALUE}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> VietQrPayload.dynamic("970436", "1017595600", amount, "x"))
                    .withMessageContaining("from 1 to 99999999999");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "97043", "9704366", "97043a", " 970436", "９７０４３６"})
    void aBinIsSixDigits(String bin) {
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.dynamic(bin, "1017595600", 1000, ""))
                .withMessageContaining("BIN is 6 digits");
    }

    @Test
    void nullBinIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.staticPayload(null, "1017595600", ""))
                .withMessageContaining("BIN is 6 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901234567890", "1017 5956 00", "1017-595600", "đ123"})
    void anAccountIsOneToNineteenLettersOrDigits(String account) {
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.dynamic("970436", account, 1000, ""))
                .withMessageContaining("1 to 19 letters or digits");
    }

    @Test
    void accountsOfNineteenCharactersAndWithLettersAreAccepted() {
        assertThat(VietQrPayload.dynamic("970436", "1234567890123456789", 1000, "").accountNumber()).hasSize(19);
        assertThat(VietQrPayload.dynamic("970422", "VQRQ0001abc", 1000, "").accountNumber()).isEqualTo("VQRQ0001abc");
    }

    @Test
    void aPurposeMustAlreadyBeShortPlainAscii() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VietQrPayload.dynamic("970436", "1", 1000, "x".repeat(26)))
                .withMessageContaining("at most 25");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VietQrPayload.dynamic("970436", "1", 1000, "lệ phí"))
                .withMessageContaining("purposeFor");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VietQrPayload.dynamic("970436", "1", 1000, "phi/le"));
        assertThat(VietQrPayload.dynamic("970436", "1", 1000, "x".repeat(25)).purpose()).hasSize(25);
    }

    // --- the purpose ---

    @Test
    void aDossierCodeOfTwentyFiveCharactersIsThePurposeAlone() {
        String code = "000.17.22.H56-261122-0001";
        assertThat(code).hasSize(25);

        assertThat(VietQrPayload.purposeFor(code, "Lệ phí đăng ký khai sinh")).isEqualTo(code);
        assertThat(VietQrPayload.purposeFor(code, null)).isEqualTo(code);
    }

    @Test
    void aShortCodeIsFollowedByTheNoteWhenBothFit() {
        assertThat(VietQrPayload.purposeFor("H56-261122-0001", "Lệ phí"))
                .isEqualTo("H56-261122-0001 Le phi"); // 22 characters
        assertThat(VietQrPayload.purposeFor("H56-261122-0001", "Lệ phí kết hôn")) // 30: does not fit
                .isEqualTo("H56-261122-0001");
        assertThat(VietQrPayload.purposeFor("H56-261122-0001", "Lệ phí hộ"))
                .isEqualTo("H56-261122-0001 Le phi ho").hasSize(25); // exactly 25 fits
    }

    @Test
    void aCodeLongerThanTwentyFiveKeepsItsLastTwentyFiveCharacters() {
        // a longer unit code, and a counter past 9999
        assertThat(VietQrPayload.purposeFor("000.117.22.H56-261122-0001", "x"))
                .isEqualTo("00.117.22.H56-261122-0001");
        assertThat(VietQrPayload.purposeFor("000.17.22.H56-261122-12345", ""))
                .isEqualTo("00.17.22.H56-261122-12345").hasSize(25);
    }

    @Test
    void vietnameseIsFoldedToAsciiKeepingCaseAndOtherCharactersAreDropped() {
        assertThat(VietQrPayload.foldPurpose("Lệ phí ĐĂNG KÝ khai sinh")).isEqualTo("Le phi DANG KY khai sinh");
        assertThat(VietQrPayload.foldPurpose(Normalizer.normalize("Thủy Đức ưng", Normalizer.Form.NFD)))
                .isEqualTo("Thuy Duc ung");
        assertThat(VietQrPayload.foldPurpose("  phí:  #1 / (tiền)\t mặt\n 😀 ")).isEqualTo("phi 1 tien mat");
        assertThat(VietQrPayload.foldPurpose(null)).isEmpty();
        assertThat(VietQrPayload.purposeFor("Đ/56-2611_22", "")).isEqualTo("D56-261122");
    }

    @Test
    void aCodeWithNothingTransferableIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.purposeFor("/// ", "Lệ phí"))
                .withMessageContaining("no character");
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.purposeFor(null, "Lệ phí"));
    }

    @Test
    void aDossierPaymentIsADynamicCodeWithTheDossierCodeInItsPurpose() {
        String code = "000.17.22.H56-261122-0001";
        VietQrPayload payload = VietQrPayload.dynamic("970436", "1017595600", 50_000,
                VietQrPayload.purposeFor(code, "Lệ phí"));

        String purpose = EmvTlv.parse(EmvTlv.parse(payload.text()).get("62")).get("08");
        assertThat(purpose).isEqualTo(code);
        assertThat(payload.text()).contains("62290825" + code);
    }

    // --- reading a code back ---

    @Test
    void parseReadsTheWorkedExample() {
        VietQrPayload read = VietQrPayload.parse(WORKED_EXAMPLE);

        assertThat(read.bankBin()).isEqualTo("970436");
        assertThat(read.accountNumber()).isEqualTo("1017595600");
        assertThat(read.amountVnd()).hasValue(180_000);
        assertThat(read.purpose()).isEqualTo("thanh toan don hang");
        assertThat(read.text()).isEqualTo(WORKED_EXAMPLE);
        assertThat(read).isEqualTo(VietQrPayload.dynamic("970436", "1017595600", 180_000, "thanh toan don hang"));
    }

    @Test
    void parseRoundTripsStaticCodes() {
        VietQrPayload payload = VietQrPayload.staticPayload("970422", "0011223344", "Ung ho");
        assertThat(VietQrPayload.parse(payload.text())).isEqualTo(payload);
    }

    @Test
    void aTamperedPayloadFailsTheCrc() {
        String moreMoney = WORKED_EXAMPLE.replace("5406180000", "5406980000");
        String otherAccount = WORKED_EXAMPLE.replace("1017595600", "1017595601");

        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(moreMoney))
                .withMessageContaining("CRC mismatch").withMessageContaining("70FA");
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(otherAccount))
                .withMessageContaining("CRC mismatch");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VietQrPayload.parse(WORKED_EXAMPLE.substring(0, WORKED_EXAMPLE.length() - 4) + "70FB"))
                .withMessageContaining("CRC mismatch");
    }

    @Test
    void parseRefusesWhatIsNotAVietQrToAnAccount() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse("hello"));
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(null));
        // a transfer to a card number, with a correct CRC
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(withCrc(
                        "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTC53037045802VN")))
                .withMessageContaining("QRIBFTTA");
        // US dollars
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(withCrc(
                        "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA5303840"
                                + "54061800005802VN")))
                .withMessageContaining("currency");
        // dynamic without an amount, static with one, an amount with decimals
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(withCrc(
                        "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA53037045802VN")))
                .withMessageContaining("needs an amount");
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(withCrc(
                        "00020101021138540010A00000072701240006970436011010175956000208QRIBFTTA5303704"
                                + "54061800005802VN")))
                .withMessageContaining("carries no amount");
        assertThatIllegalArgumentException().isThrownBy(() -> VietQrPayload.parse(withCrc(
                        "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA5303704"
                                + "5409180000.005802VN")))
                .withMessageContaining("whole");
    }

    @Test
    void parseIgnoresTagsItDoesNotWriteSuchAsAMerchantName() {
        VietQrPayload read = VietQrPayload.parse(withCrc("00020101021238540010A00000072701240006970436011010175956"
                + "000208QRIBFTTA530370454061800005802VN5908UBND BDH6006HA NOI62230819thanh toan don hang"));
        assertThat(read.text()).isEqualTo(WORKED_EXAMPLE);
    }

    private static String withCrc(String body) {
        return body + "6304" + Crc16CcittFalse.hex(body + "6304");
    }
}
