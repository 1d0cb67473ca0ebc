package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.FEE;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.dossierCode;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.SUCCESS;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.answer;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.ipn;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.signedQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The bank's credit notices that confirm VietQR payments, posted over real HTTP and signed by the test itself (HMAC
 * from the JDK), against the real MariaDB: how a credit finds its order, and the same exactly-once rules as the IPN.
 */
@KioskIntegrationTest
class BankTransferIT {

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    BankTransferProperties properties;

    @Autowired
    VietQrProperties account;

    @Autowired
    PaymentMismatches mismatches;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCreditNamingTheDossierInAnyBankWordingPaysItsVietQrOrderOnce() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        // the bank dropped the dashes, lower-cased the code and added its own words around it
        String content = "MBVCB.3278625431.042156." + order.dossierCode().replace("-", " ").toLowerCase()
                + ".Nguyen Van A chuyen tien";
        String body = notice("FT" + number(), account.accountNumber(), FEE, content);

        HttpResponse<String> response = post(body, sign(body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(answer("00", "Confirm Success"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);

        HttpResponse<String> again = post(body, sign(body));

        assertThat(again.body()).isEqualTo(answer("02", "Order already confirmed"));
        assertThat(rows(order.orderRef())).containsExactly("TRANSFER:CONFIRMED:00", "TRANSFER:ALREADY_FINAL:02");
    }

    @Test
    void anUnsignedOrBadlySignedCreditChangesNothing() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        String body = notice("FT" + number(), account.accountNumber(), FEE, order.dossierCode());

        assertThat(post(body, null).body()).isEqualTo(answer("97", "Invalid signature"));
        assertThat(post(body, sign(body.replace("8000", "80000"))).body()).isEqualTo(answer("97", "Invalid signature"));
        assertThat(post("not json", sign("not json")).statusCode()).isEqualTo(500);

        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aCreditNoOrderMatchesIsAnswered01AndReportedForAnOfficer() {
        String reference = "FT" + number();
        String body = notice(reference, account.accountNumber(), FEE, "tien hoc phi con trai");

        assertThat(post(body, sign(body)).body()).isEqualTo(answer("01", "Order not found"));

        assertThat(mismatches.list(1)).filteredOn(m -> reference.equals(m.transactionNo())).singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(PaymentMismatch.Kind.UNMATCHED);
                    assertThat(m.method()).isEqualTo(PaymentMethod.VIETQR);
                    assertThat(m.notifiedAmountVnd()).isEqualByComparingTo("8000");
                });
    }

    @Test
    void aCreditToAnotherAccountIsNotOurs() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        String body = notice("FT" + number(), "9999999999", FEE, order.dossierCode());

        assertThat(post(body, sign(body)).body()).isEqualTo(answer("01", "Order not found"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    /** VNPay's IPN cannot confirm a VietQR order, even signed: only the bank's credit can. */
    @Test
    void aVnPayIpnNamingAVietQrOrderFindsNoOrder() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);

        HttpResponse<String> response = new VnPayIpnCalls(port).call(signedQuery(ipn(order.orderRef(), FEE, SUCCESS,
                SUCCESS, number())));

        assertThat(response.body()).isEqualTo(answer("01", "Order not found"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void theSameCreditNotifiedConcurrentlyPaysOnce() throws Exception {
        int copies = 5;
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
            String body = notice("FT" + number(), account.accountNumber(), FEE, order.dossierCode());
            String signature = sign(body);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return post(body, signature);
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get().body());
            }

            assertThat(answers).containsOnlyOnce(answer("00", "Confirm Success"))
                    .filteredOn(a -> !a.equals(answer("00", "Confirm Success")))
                    .containsOnly(answer("02", "Order already confirmed"));
            assertThat(rows(order.orderRef())).filteredOn(r -> r.contains("CONFIRMED")).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static String notice(String reference, String accountNumber, long amount, String description) {
        return "{\"transactionId\":\"" + reference + "\",\"accountNumber\":\"" + accountNumber + "\",\"amountVnd\":"
                + amount + ",\"description\":\"" + description + "\",\"creditedAt\":\"2026-03-01T10:09:12+07:00\","
                + "\"bankCode\":\"970436\"}";
    }

    /** HMAC-SHA256 from the JDK, with the secret the app was given (the sandbox made it up for this run). */
    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/payments/bank-transfers")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Kiosk-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> rows(String orderRef) {
        return jdbc.queryForList("select concat(source, ':', outcome, ':', rsp_code) from payment_notification "
                + "where order_ref = ? order by id", String.class, orderRef);
    }

    private static String number() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }
}
