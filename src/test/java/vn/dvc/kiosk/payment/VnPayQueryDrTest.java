package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * VNPay's querydr checksums against vectors computed outside the app (Python's hmac over the pipe-joined text written
 * out by hand from VNPay's documented field order), so that a wrong order or a wrong field fails.
 */
class VnPayQueryDrTest {

    private static final String SECRET = "TEST-ONLY-NOT-A-VNPAY-SECRET-0123456789";
    private static final String REF = "0123456789ABCDEF";

    /**
     * hmac.new(SECRET, "REQ0000000001|2.1.0|querydr|KIOSKT01|0123456789ABCDEF|20260301100000|20260301101500|"
     * "127.0.0.1|Truy van giao dich 0123456789ABCDEF", sha512).hexdigest()
     */
    private static final String REQUEST_VECTOR = "71b3de8818b63c96b683b31527a8f6390ad960b8481946373b465b74bdf04a36"
            + "277e620803de61bb3619fbdd5ffcfb49e9b227cdf5299423db4eb822b0b5fb98";
    /**
     * hmac.new(SECRET, "RESP0001|querydr|00|QueryDR Success|KIOSKT01|0123456789ABCDEF|800000|NCB|20260301100912|"
     * "14422574|01|00|Thanh toan le phi ho so 000.00.00.H01-260301-0001||", sha512).hexdigest()
     */
    private static final String RESPONSE_VECTOR = "095b9d9ea7743637f8c47b87b6a3d1ea476e3a7774a78fd266c6bf60e4686b68"
            + "81e90c0b425f452c25fe91be14d4d2a71ac4bc561ba12218965e01db45d0c30d";

    private final VnPayGateway gateway = new VnPayGateway(new VnPayProperties("KIOSKT01", SECRET,
            "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", "https://kiosk.example/thanh-toan/vnpay", null, null,
            "https://api.example/transaction"));

    @Test
    void theRequestIsSignedOverItsFieldsInVnPaysOrder() {
        // opened 10:00:00 and asked about at 10:15:00, Vietnam time
        PaymentOrder order = new PaymentOrder(REF, "000.00.00.H01-260301-0001", 8_000, PaymentMethod.VNPAY,
                PaymentStatus.PENDING, Instant.parse("2026-03-01T03:00:00Z"), Instant.parse("2026-03-01T03:15:00Z"),
                null, null);

        Map<String, String> request = gateway.queryRequest(order, "REQ0000000001",
                Instant.parse("2026-03-01T03:15:00Z"), "127.0.0.1");

        assertThat(request).containsEntry("vnp_Command", "querydr").containsEntry("vnp_Version", "2.1.0")
                .containsEntry("vnp_TmnCode", "KIOSKT01").containsEntry("vnp_TxnRef", REF)
                .containsEntry("vnp_TransactionDate", "20260301100000")
                .containsEntry("vnp_CreateDate", "20260301101500");
        assertThat(VnPayQueryDr.hashData(VnPayQueryDr.REQUEST_FIELDS, request)).isEqualTo("REQ0000000001|2.1.0|"
                + "querydr|KIOSKT01|0123456789ABCDEF|20260301100000|20260301101500|127.0.0.1|"
                + "Truy van giao dich 0123456789ABCDEF");
        assertThat(VnPayQueryDr.sign(SECRET, VnPayQueryDr.REQUEST_FIELDS, request)).isEqualTo(REQUEST_VECTOR);
    }

    @Test
    void anAnswerIsBelievedOnlyWhenSignedOverItsFieldsInVnPaysOrder() {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vnp_ResponseId", "RESP0001");
        answer.put("vnp_Command", "querydr");
        answer.put("vnp_ResponseCode", "00");
        answer.put("vnp_Message", "QueryDR Success");
        answer.put("vnp_TmnCode", "KIOSKT01");
        answer.put("vnp_TxnRef", REF);
        answer.put("vnp_Amount", "800000");
        answer.put("vnp_OrderInfo", "Thanh toan le phi ho so 000.00.00.H01-260301-0001");
        answer.put("vnp_BankCode", "NCB");
        answer.put("vnp_PayDate", "20260301100912");
        answer.put("vnp_TransactionNo", "14422574");
        answer.put("vnp_TransactionType", "01");
        answer.put("vnp_TransactionStatus", "00");
        answer.put("vnp_SecureHash", RESPONSE_VECTOR.toUpperCase());

        assertThat(VnPayQueryDr.verify(SECRET, VnPayQueryDr.RESPONSE_FIELDS, answer)).isTrue();

        answer.put("vnp_Amount", "8000000");
        assertThat(VnPayQueryDr.verify(SECRET, VnPayQueryDr.RESPONSE_FIELDS, answer)).isFalse();
        answer.put("vnp_Amount", "800000");
        assertThat(VnPayQueryDr.verify("another-secret", VnPayQueryDr.RESPONSE_FIELDS, answer)).isFalse();
        answer.remove("vnp_SecureHash");
        assertThat(VnPayQueryDr.verify(SECRET, VnPayQueryDr.RESPONSE_FIELDS, answer)).isFalse();
    }
}
