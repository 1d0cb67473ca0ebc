package vn.dvc.kiosk.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNPay's transaction query ({@code vnp_Command=querydr}, merchant API v2.1.0): a JSON {@code POST} to the terminal's
 * API URL, answered in JSON. Unlike the payment URL, both checksums are HMAC-SHA512 (lower-case hex) over the values
 * alone, joined with {@code |} in a fixed order, empty or missing values as empty text:
 * <pre>
 * request:  vnp_RequestId|vnp_Version|vnp_Command|vnp_TmnCode|vnp_TxnRef|vnp_TransactionDate|vnp_CreateDate|
 *           vnp_IpAddr|vnp_OrderInfo
 * response: vnp_ResponseId|vnp_Command|vnp_ResponseCode|vnp_Message|vnp_TmnCode|vnp_TxnRef|vnp_Amount|vnp_BankCode|
 *           vnp_PayDate|vnp_TransactionNo|vnp_TransactionType|vnp_TransactionStatus|vnp_OrderInfo|
 *           vnp_PromotionCode|vnp_PromotionAmount
 * </pre>
 * Sources: VNPay's API documentation "API querydr, refund" (sandbox.vnpayment.vn/apis/docs/truy-van-hoan-tien/
 * querydr&amp;refund.html: POST, Content-Type application/json, the parameter list, vnp_RequestId unique per day,
 * vnp_TransactionDate = the payment's vnp_CreateDate); the request order as in VNPay's own Java and Node.js demo code
 * ({@code hash_Data = vnp_RequestId + "|" + vnp_Version + "|" + vnp_Command + "|" + vnp_TmnCode + "|" + vnp_TxnRef +
 * "|" + vnp_TransactionDate + "|" + vnp_CreateDate + "|" + vnp_IpAddr + "|" + vnp_OrderInfo}, HMAC-SHA512), and both
 * orders as the open-source client lehuygiang28/vnpay implements them (src/services/query.service.ts).
 * {@code vnp_TransactionStatus}: 00 success, 01 not finished, 02 failed, others (reversed, refunds, suspected
 * fraud) are for an officer; {@code vnp_ResponseCode} 00 means the query itself succeeded, 91 the transaction is not
 * known.
 */
public final class VnPayQueryDr {

    public static final String COMMAND = "querydr";

    public static final List<String> REQUEST_FIELDS = List.of("vnp_RequestId", "vnp_Version", "vnp_Command",
            "vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");
    public static final List<String> RESPONSE_FIELDS = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
            "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
            "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo",
            "vnp_PromotionCode", "vnp_PromotionAmount");

    private VnPayQueryDr() {
    }

    /** The signed text: these fields' values in this order, joined with {@code |}; a missing one is empty. */
    public static String hashData(List<String> fields, Map<String, String> values) {
        StringJoiner data = new StringJoiner("|");
        for (String field : fields) {
            String value = values.get(field);
            data.add(value == null ? "" : value);
        }
        return data.toString();
    }

    public static String sign(String hashSecret, List<String> fields, Map<String, String> values) {
        return hmacSha512Hex(hashSecret, hashData(fields, values));
    }

    /** Whether {@code vnp_SecureHash} in these values signs them; constant time, either case of hex. */
    public static boolean verify(String hashSecret, List<String> fields, Map<String, String> values) {
        String received = values.get(VnPaySignature.SECURE_HASH);
        if (hashSecret == null || hashSecret.isEmpty() || received == null || received.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(hashSecret, fields, values).getBytes(StandardCharsets.US_ASCII),
                received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    static String hmacSha512Hex(String secret, String data) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("No VNPay hash secret is configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA512 is part of every JDK", e);
        }
    }
}
