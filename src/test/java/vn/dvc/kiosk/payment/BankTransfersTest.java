package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** How a bank credit's content finds a VietQR order, and the notice's signature. */
class BankTransfersTest {

    @Test
    void anOrdersKeyIsItsTransferPurposeInLettersAndDigits() {
        assertThat(BankTransfers.keyOf("000.17.22.H56-261122-0001")).isEqualTo("0001722H562611220001");
        // a code longer than 25 characters keeps its last 25, as the purpose does
        assertThat(BankTransfers.keyOf("000.17.22.H56.EXTRA-261122-00001")).isEqualTo(
                BankTransfers.contentKey(VietQrPayload.purposeFor("000.17.22.H56.EXTRA-261122-00001", null)));
        assertThat(BankTransfers.keyOf("it-pay-ab12")).isEqualTo("ITPAYAB12");
    }

    @Test
    void aTransfersContentStillContainsTheKeyWhateverTheBankDidToIt() {
        String key = BankTransfers.keyOf("000.17.22.H56-261122-0001");

        assertThat(BankTransfers.contentKey("CT DEN:0123 000.17.22.H56-261122-0001")).contains(key);
        assertThat(BankTransfers.contentKey("MBVCB.3278.000 17 22 H56 261122 0001.Nguyễn Văn A chuyển tiền"))
                .contains(key);
        assertThat(BankTransfers.contentKey("0001722h562611220001")).contains(key);
        assertThat(BankTransfers.contentKey("000.17.22.H56-261122-0002")).doesNotContain(key);
        assertThat(BankTransfers.contentKey(null)).isEmpty();
    }

    @Test
    void theSignatureIsHmacSha256OfTheBodyAsSent() throws Exception {
        byte[] body = "{\"transactionId\":\"FT1\",\"amountVnd\":8000}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(body));

        assertThat(BankTransferSignature.sign("s3cret", body)).isEqualTo(expected);
        assertThat(BankTransferSignature.verify("s3cret", body, expected.toUpperCase())).isTrue();
        assertThat(BankTransferSignature.verify("s3cret", "{\"transactionId\":\"FT1\",\"amountVnd\":80000}"
                .getBytes(StandardCharsets.UTF_8), expected)).isFalse();
        assertThat(BankTransferSignature.verify("other", body, expected)).isFalse();
        assertThat(BankTransferSignature.verify(null, body, expected)).isFalse();
        assertThat(BankTransferSignature.verify("s3cret", body, null)).isFalse();
    }
}
