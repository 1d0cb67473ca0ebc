package vn.dvc.kiosk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.payment.VnPayIpnCalls;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Malformed, forged and huge requests against the running app's machine endpoints (VNPay IPN, bank transfer notices,
 * the dossier status look-up): each gets a clear 4xx or the protocol's own answer (VNPay's RspCode JSON), never a
 * 500 from a crash, no payment changes, and the app is still healthy afterwards.
 */
@KioskIntegrationTest
class BadInputHttpIT {

    private static final String IPN = "/api/payments/vnpay/ipn";
    private static final String BANK = "/api/payments/bank-transfers";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LookupRateLimiter limiter;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void giveTheAllowanceBack() {
        limiter.forget("127.0.0.1");
    }

    @Test
    void forgedAndMalformedIpnsAreAnsweredInVnPaysShapeAndPayNothing() throws Exception {
        String payments = paymentsSnapshot();
        Map<String, String> valid = VnPayIpnCalls.ipn("NOORDER0000000000001", 50_000, VnPayIpnCalls.SUCCESS, "00",
                "14999999");
        String signed = VnPayIpnCalls.signedQuery(valid);
        List<String> queries = new ArrayList<>(List.of(
                "", "vnp_Amount=", "vnp_Amount=abc&vnp_TxnRef=X&vnp_SecureHash=00",
                "vnp_Amount=-100&vnp_SecureHash=zz", "vnp_Amount=1e10", "vnp_Amount=99999999999999999999999999999",
                "vnp_TxnRef=%27%20OR%201%3D1--&vnp_SecureHash=abc",
                "vnp_TxnRef=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "vnp_PayDate=99999999999999",
                "vnp_SecureHash=" + "a".repeat(5_000), "vnp_TxnRef=" + "X".repeat(6_000),
                "vnp_OrderInfo=%C3%A0%F0%9F%98%80%00%01", "vnp_Amount=1&vnp_Amount=2", "&&&===&&",
                "vnp_%00=1", "=1", "vnp_SecureHash&vnp_Amount",
                signed.replace("vnp_Amount=5000000", "vnp_Amount=5000001"),
                signed + "&vnp_Amount=5000000",
                signed.replaceAll("vnp_SecureHash=[0-9a-f]+", "vnp_SecureHash=" + "0".repeat(128)),
                signed.replaceAll("vnp_SecureHash=[0-9a-f]+", "vnp_SecureHash=")));
        int tried = 0;
        List<String> wrong = new ArrayList<>();
        for (String query : queries) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(IPN + "?" + query)).GET());
            tried++;
            boolean vnPaysAnswer = response.statusCode() == 200 && response.body().matches(
                    "\\{\"RspCode\":\"(97|01)\",\"Message\":\"[^\"]+\"}");
            if (!vnPaysAnswer && !clear4xx(response)) {
                wrong.add(shortly(query) + " -> " + response.statusCode() + " " + response.body());
            }
        }
        for (String broken : List.of("vnp_Amount=%zz", "vnp_TxnRef=%", "vnp_TxnRef=%E0%A4%A")) {
            int status = rawGet(IPN + "?" + broken);
            tried++;
            if (status >= 500) {
                wrong.add(broken + " -> " + status);
            }
        }
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri(IPN))
                .POST(HttpRequest.BodyPublishers.ofString(signed)));
        tried++;
        if (!clear4xx(posted)) {
            wrong.add("POST -> " + posted.statusCode());
        }

        System.out.println("[bad input] VNPay IPN over HTTP: " + tried + " requests, " + wrong.size()
                + " unexpected answers");
        assertThat(wrong).isEmpty();
        assertThat(paymentsSnapshot()).as("no payment changed").isEqualTo(payments);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_notification WHERE signature_valid = TRUE "
                + "AND order_ref = 'NOORDER0000000000001'", Integer.class)).isZero();
        assertHealthy();
    }

    @Test
    void unsignedOrMalformedBankNoticesAreRefusedAndPayNothing() throws Exception {
        String payments = paymentsSnapshot();
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(100_000));
        List<byte[]> bodies = List.of(new byte[0], "{".getBytes(StandardCharsets.UTF_8),
                "not json".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
                "{\"transactionId\":[],\"amountVnd\":\"lots\"}".getBytes(StandardCharsets.UTF_8),
                "{\"transactionId\":\"T1\",\"amountVnd\":1e400}".getBytes(StandardCharsets.UTF_8),
                ("{\"transactionId\":\"" + "x".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                deep.toString().getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0xC3});
        int tried = 0;
        List<String> wrong = new ArrayList<>();
        for (byte[] body : bodies) {
            for (String signature : new String[] {null, "", "0".repeat(64), "nothex"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(BANK))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (signature != null) {
                    request.header("X-Kiosk-Signature", signature);
                }
                HttpResponse<String> response = send(request);
                tried++;
                boolean refused = response.statusCode() == 200
                        && response.body().startsWith("{\"RspCode\":\"97\"") || clear4xx(response);
                if (!refused) {
                    wrong.add(body.length + " bytes, signature " + signature + " -> " + response.statusCode() + " "
                            + response.body());
                }
            }
        }

        System.out.println("[bad input] bank transfer notices over HTTP: " + tried + " requests, " + wrong.size()
                + " unexpected answers");
        assertThat(wrong).isEmpty();
        assertThat(paymentsSnapshot()).as("no payment changed").isEqualTo(payments);
        assertHealthy();
    }

    @Test
    void badTrackingLookUpsGetAClear4xxNeverA500() throws Exception {
        List<String> paths = List.of(
                "/api/dossiers/X/status", "/api/dossiers/X/status?idLast4=", "/api/dossiers/X/status?idLast4=abcd",
                "/api/dossiers/X/status?idLast4=1234&idLast4=5678", "/api/dossiers/%27%20OR%201%3D1--/status?idLast4=1234",
                "/api/dossiers/%3Cscript%3E/status?idLast4=1234", "/api/dossiers/" + "A".repeat(5_000)
                        + "/status?idLast4=1234",
                "/api/dossiers/X/status?idLast4=" + "9".repeat(5_000), "/api/dossiers/X/status?idLast4=%00%01",
                "/api/dossiers/%F0%9F%98%80/status?idLast4=%D9%A1%D9%A2%D9%A3%D9%A4",
                "/api/dossiers/..%2F..%2Fetc/status?idLast4=1234", "/api/dossiers/X%00/status?idLast4=1234",
                "/api/dossiers//status?idLast4=1234",
                "/api/dossiers/X/status?idLast4=1234&" + "p=1&".repeat(2_000),
                "/api/dossiers/" + "A".repeat(20_000) + "/status?idLast4=1234");
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            limiter.forget("127.0.0.1");
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
            if (!clear4xx(response)) {
                wrong.add(shortly(path) + " -> " + response.statusCode() + " " + shortly(response.body()));
            }
        }

        for (String broken : List.of("/api/dossiers/X/status?idLast4=%zz", "/api/dossiers/%/status?idLast4=1",
                "/api/dossiers/X/status?idLast4=1234 HTTP/1.0\r\nX: y")) {
            limiter.forget("127.0.0.1");
            int status = rawGet(broken);
            if (status < 400 || status >= 500) {
                wrong.add(broken + " -> " + status);
            }
        }
        System.out.println("[bad input] tracking look-up over HTTP: " + (paths.size() + 3) + " requests, " + wrong.size()
                + " unexpected answers");
        assertThat(wrong).isEmpty();
        assertHealthy();
    }

    @Test
    void theTrackingLookUpIsRateLimitedPerClient() throws Exception {
        limiter.forget("127.0.0.1");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(send(HttpRequest.newBuilder(uri("/api/dossiers/NOPE-" + i + "/status?idLast4=1234"))
                    .GET()).statusCode());
        }
        HttpResponse<String> over = send(HttpRequest.newBuilder(uri("/api/dossiers/NOPE/status?idLast4=1234")).GET());

        assertThat(statuses.subList(0, 10)).containsOnly(404);
        assertThat(statuses.get(10)).isEqualTo(429);
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Retry-After")).hasValue("600");
    }

    private void assertHealthy() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    /** Every payment's state: what a forged notification must not change. */
    private String paymentsSnapshot() {
        return jdbc.queryForList("SELECT id, status, paid_at FROM payment ORDER BY id").toString();
    }

    /** A request line the JDK's client refuses to send (bad percent escapes), written by hand; its status code. */
    private int rawGet(String target) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static boolean clear4xx(HttpResponse<String> response) {
        return response.statusCode() >= 400 && response.statusCode() < 500;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String shortly(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "… (" + text.length() + ")" : text;
    }
}
