package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.emv.qrcode.decoder.mpm.DecoderMpm;
import com.emv.qrcode.model.mpm.MerchantAccountInformationReservedAdditional;
import com.emv.qrcode.model.mpm.MerchantPresentedMode;
import com.emv.qrcode.validators.Crc16Validate;

/**
 * Our payloads read by someone else's EMVCo parser (com.github.mvallim:emv-qrcode, test scope only), so the encoder
 * is not only checked against our own reader. The library models tags 26–51 as a template with a GUID (sub-tag 00)
 * and payment-network-specific sub-tags; VietQR's beneficiary (38-01) is itself a template, which the library
 * decodes the same way when handed that data object (its sub-tag 00, the BIN, lands in the "GUID" slot).
 */
class VietQrIndependentParserTest {

    private static final String CODE = "000.17.22.H56-261122-0001";

    @Test
    void theWorkedExampleAndOurOwnPayloadAreTheSameToTheIndependentParser() throws Exception {
        VietQrPayload ours = VietQrPayload.dynamic("970436", "1017595600", 180_000, "thanh toan don hang");

        assertThat(ours.text()).isEqualTo(VietQrPayloadTest.WORKED_EXAMPLE);
        assertEveryTag(ours.text(), "12", "970436", "1017595600", "180000", "thanh toan don hang", "70FA");
    }

    @Test
    void aDossierPaymentDecodesTagByTagAndItsCrcChecks() throws Exception {
        VietQrPayload ours = VietQrPayload.dynamic("970422", "0801234567890123456", 1_234_567,
                VietQrPayload.purposeFor(CODE, "Lệ phí khai sinh"));
        String crc = ours.text().substring(ours.text().length() - 4);

        assertEveryTag(ours.text(), "12", "970422", "0801234567890123456", "1234567", CODE, crc);
    }

    @Test
    void aStaticCodeHasNoAmountForTheIndependentParser() throws Exception {
        VietQrPayload ours = VietQrPayload.staticPayload("970436", "VQR0042", "");

        MerchantPresentedMode decoded = DecoderMpm.decode(ours.text(), MerchantPresentedMode.class);

        assertThat(decoded.getPointOfInitiationMethod().getValue()).isEqualTo("11");
        assertThat(decoded.getTransactionAmount()).isNull();
        assertThat(decoded.getAdditionalDataField()).isNull();
        assertThat(Crc16Validate.validate(ours.text()).isValid()).isTrue();
    }

    @Test
    void aTamperedPayloadFailsTheIndependentCrcCheck() {
        String text = VietQrPayload.dynamic("970436", "1017595600", 180_000, VietQrPayload.purposeFor(CODE, "")).text();
        String moreMoney = text.replace("5406180000", "5406980000");
        String otherCode = text.replace("261122-0001", "261122-0002");
        String otherCrc = text.substring(0, text.length() - 1) + (text.endsWith("0") ? "1" : "0");

        assertThat(Crc16Validate.validate(text).isValid()).isTrue();
        assertThat(Crc16Validate.validate(moreMoney).isValid()).isFalse();
        assertThat(Crc16Validate.validate(otherCode).isValid()).isFalse();
        assertThat(Crc16Validate.validate(otherCrc).isValid()).isFalse();
    }

    private static void assertEveryTag(String text, String method, String bin, String account, String amount,
            String purpose, String crc) throws Exception {
        MerchantPresentedMode decoded = DecoderMpm.decode(text, MerchantPresentedMode.class);

        assertThat(decoded.getPayloadFormatIndicator().getValue()).isEqualTo("01");
        assertThat(decoded.getPointOfInitiationMethod().getValue()).isEqualTo(method);
        assertThat(decoded.getMerchantAccountInformation()).containsOnlyKeys("38");
        var napas = (MerchantAccountInformationReservedAdditional) decoded.getMerchantAccountInformation().get("38")
                .getValue();
        assertThat(napas.getGloballyUniqueIdentifier().getValue()).isEqualTo("A000000727");
        assertThat(napas.getPaymentNetworkSpecific()).containsOnlyKeys("01", "02");
        assertThat(napas.getPaymentNetworkSpecific().get("02").getValue()).isEqualTo("QRIBFTTA");
        // 38-01 is a template of its own: {00 BIN, 01 account}; the library's TagLengthString prints as tag+length+value
        var beneficiary = DecoderMpm.decode(napas.getPaymentNetworkSpecific().get("01").toString(),
                MerchantAccountInformationReservedAdditional.class);
        assertThat(beneficiary.getGloballyUniqueIdentifier().getValue()).isEqualTo(bin);
        assertThat(beneficiary.getPaymentNetworkSpecific()).containsOnlyKeys("01");
        assertThat(beneficiary.getPaymentNetworkSpecific().get("01").getValue()).isEqualTo(account);
        assertThat(decoded.getTransactionCurrency().getValue()).isEqualTo("704");
        assertThat(decoded.getTransactionAmount().getValue()).isEqualTo(amount);
        assertThat(decoded.getCountryCode().getValue()).isEqualTo("VN");
        assertThat(decoded.getAdditionalDataField().getValue().getPurposeTransaction().getValue()).isEqualTo(purpose);
        assertThat(decoded.getAdditionalDataField().getValue().getBillNumber()).isNull();
        assertThat(decoded.getCRC().getValue()).isEqualTo(crc);
        // nothing else: VietQR leaves out the merchant category, name and city that generic EMVCo codes carry
        assertThat(decoded.getMerchantCategoryCode()).isNull();
        assertThat(decoded.getMerchantName()).isNull();
        assertThat(decoded.getMerchantCity()).isNull();
        assertThat(decoded.getUnreserveds()).isEmpty();
        assertThat(decoded.getRFUforEMVCo()).isEmpty();
        // what the library encodes back from its own model, without its CRC, is our text without ours
        assertThat(decoded.toStringWithoutCrc16()).isEqualTo(text.substring(0, text.length() - 4));
        assertThat(Crc16Validate.validate(text).isValid()).isTrue();
    }
}
