package vn.dvc.kiosk.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays VNPay in the tests: builds IPNs and signs them with the test terminal's secret using the JDK alone (not the
 * app's signing code), then calls the app's IPN endpoint over real HTTP.
 */
public final class VnPayIpnCalls {

    public static final String TEST_SECRET = "TEST-ONLY-NOT-A-VNPAY-SECRET-0123456789";
    public static final String SUCCESS = "00";
    static final String CANCELLED = "24";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public VnPayIpnCalls(int port) {
        this.port = port;
    }

    /** The parameters VNPay sends for a transaction on this order. */
    public static Map<String, String> ipn(String orderRef, long amountVnd, String responseCode, String transactionStatus,
            String transactionNo) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("vnp_Amount", Long.toString(amountVnd * 100));
        parameters.put("vnp_BankCode", "NCB");
        parameters.put("vnp_BankTranNo", "VNP" + transactionNo);
        parameters.put("vnp_CardType", "ATM");
        parameters.put("vnp_OrderInfo", "Thanh toan le phi ho so 000.00.00.H01-260301-0001");
        parameters.put("vnp_PayDate", "20260301100912");
        parameters.put("vnp_ResponseCode", responseCode);
        parameters.put("vnp_TmnCode", "KIOSKT01");
        parameters.put("vnp_TransactionNo", transactionNo);
        parameters.put("vnp_TransactionStatus", transactionStatus);
        parameters.put("vnp_TxnRef", orderRef);
        return parameters;
    }

    /** Sorted, URL-encoded in US-ASCII, HMAC-SHA512 in hex: the query string VNPay would call us with. */
    static String signedQuery(Map<String, String> parameters, String secret) {
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.add(URLEncoder.encode(name, StandardCharsets.US_ASCII) + "="
                        + URLEncoder.encode(value, StandardCharsets.US_ASCII));
            }
        });
        return query + "&vnp_SecureHashType=HmacSHA512&vnp_SecureHash=" + hmacSha512Hex(secret, query.toString());
    }

    /** HMAC-SHA512 from the JDK, in lower-case hex. */
    static String hmacSha512Hex(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signedQuery(Map<String, String> parameters) {
        return signedQuery(parameters, TEST_SECRET);
    }

    public HttpResponse<String> call(String query) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/payments/vnpay/ipn?" + query))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String answer(String rspCode, String message) {
        return "{\"RspCode\":\"" + rspCode + "\",\"Message\":\"" + message + "\"}";
    }
}
