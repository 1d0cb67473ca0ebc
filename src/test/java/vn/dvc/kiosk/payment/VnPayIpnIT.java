package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.FEE;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.dossierCode;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.submitDossier;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.CANCELLED;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.SUCCESS;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.answer;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.ipn;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.signedQuery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * VNPay's IPN over real HTTP against the real MariaDB: what pays, what is refused, and that nothing pays twice or
 * half-writes. IPNs are signed by the test itself with the test terminal's secret.
 */
@KioskIntegrationTest
class VnPayIpnIT {

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    PaymentExpiry expiry;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventMulticaster multicaster;

    private final PaymentEventsRecorder events = new PaymentEventsRecorder();
    private VnPayIpnCalls vnPay;

    @BeforeEach
    void listen() {
        vnPay = new VnPayIpnCalls(port);
        multicaster.addApplicationListener(events);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(events);
        assertThat(events.outsideTransactions()).as("every payment event is published inside its transaction")
                .isEmpty();
    }

    @Test
    void aValidIpnPaysTheOrderOnceAndTheDossierKnowsItsFeeIsPaid() {
        String dossierCode = submitDossier(dossiers);
        assertThat(dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.DUE);
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        String transactionNo = transactionNo();
        String query = signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo));

        HttpResponse<String> response = vnPay.call(query);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo(answer("00", "Confirm Success"));
        PaymentOrder paid = payments.find(order.orderRef()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.providerTransactionNo()).isEqualTo(transactionNo);
        assertThat(paid.paidAt()).isNotNull().isAfterOrEqualTo(order.createdAt());
        assertThat(payments.latestFor(dossierCode)).contains(paid);
        assertThat(jdbc.queryForObject("select bank_code from payment where order_ref = ?", String.class,
                order.orderRef())).isEqualTo("NCB");
        assertThat(notifications(order.orderRef())).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("signature_valid", true).containsEntry("rsp_code", "00")
                    .containsEntry("outcome", "CONFIRMED").containsEntry("response_code", "00")
                    .containsEntry("transaction_status", "00").containsEntry("provider_transaction_no", transactionNo)
                    .containsEntry("bank_code", "NCB");
            assertThat(((Number) row.get("amount_vnd")).longValue()).isEqualTo(FEE);
            assertThat(row.get("payment_id")).isNotNull();
        });
        assertThat(events.committed(PaymentConfirmed.class)).containsExactly(new PaymentConfirmed(order.orderRef(),
                dossierCode, FEE, PaymentMethod.VNPAY, paid.paidAt()));
        assertThat(publications(PaymentConfirmed.class, order.orderRef())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));

        String before = paymentRow(order.orderRef());
        HttpResponse<String> again = vnPay.call(query);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(answer("02", "Order already confirmed"));
        assertThat(paymentRow(order.orderRef())).isEqualTo(before);
        assertThat(notifications(order.orderRef())).extracting(row -> row.get("rsp_code")).containsExactly("00", "02");
        assertThat(events.committed(PaymentConfirmed.class)).hasSize(1);
        assertThat(publications(PaymentConfirmed.class, order.orderRef())).isEqualTo(1);
    }

    @Test
    void aForgedSignatureChangesNothing() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        String before = paymentRow(order.orderRef());
        Map<String, String> parameters = ipn(order.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo());

        String wrongSecret = signedQuery(parameters, "a-secret-someone-guessed");
        String tampered = signedQuery(ipn(order.orderRef(), 1, SUCCESS, SUCCESS, transactionNo()))
                .replace("vnp_Amount=100&", "vnp_Amount=800000&");
        String unsigned = signedQuery(parameters).replaceAll("&vnp_SecureHash=[0-9a-f]+", "");
        String repeated = signedQuery(parameters) + "&vnp_ResponseCode=24";

        for (String forged : List.of(wrongSecret, tampered, unsigned, repeated)) {
            HttpResponse<String> response = vnPay.call(forged);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(answer("97", "Invalid signature"));
        }

        assertThat(paymentRow(order.orderRef())).isEqualTo(before);
        assertThat(notifications(order.orderRef())).hasSize(4).allSatisfy(row -> assertThat(row)
                .containsEntry("signature_valid", false).containsEntry("rsp_code", "97")
                .containsEntry("payment_id", null));
        assertThat(events.committed(Object.class)).isEmpty();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        String unknown = OrderRefs.next();

        HttpResponse<String> response = vnPay.call(signedQuery(ipn(unknown, FEE, SUCCESS, SUCCESS, transactionNo())));

        assertThat(response.body()).isEqualTo(answer("01", "Order not found"));
        assertThat(notifications(unknown)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("rsp_code", "01").containsEntry("signature_valid", true));
    }

    @Test
    void anotherAmountIsRefusedAndFlaggedForAnOfficer() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        HttpResponse<String> response = vnPay.call(signedQuery(ipn(order.orderRef(), 80, SUCCESS, SUCCESS,
                transactionNo())));

        assertThat(response.body()).isEqualTo(answer("04", "Invalid amount"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(jdbc.queryForMap("select needs_review, review_reason, provider_transaction_no from payment "
                + "where order_ref = ?", order.orderRef())).satisfies(row -> {
                    assertThat(row.get("needs_review")).isEqualTo(true);
                    assertThat((String) row.get("review_reason")).startsWith("AMOUNT_MISMATCH").contains("80.00 VND");
                    assertThat(row.get("provider_transaction_no")).isNull();
                });
        assertThat(notifications(order.orderRef())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("rsp_code", "04").containsEntry("outcome",
                        "AMOUNT_MISMATCH"));
        assertThat(events.committed(PaymentNeedsReview.class)).singleElement()
                .satisfies(flagged -> assertThat(flagged.orderRef()).isEqualTo(order.orderRef()));
        assertThat(events.committed(PaymentConfirmed.class)).isEmpty();
    }

    @Test
    void aCancelledPaymentFailsTheOrderAndALaterSuccessCannotPayIt() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        HttpResponse<String> cancelled = vnPay.call(signedQuery(ipn(order.orderRef(), FEE, CANCELLED, "02", "0")));

        assertThat(cancelled.body()).isEqualTo(answer("00", "Confirm Success"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payments.find(order.orderRef()).orElseThrow().providerTransactionNo()).isNull();
        assertThat(events.committed(PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.responseCode()).isEqualTo(CANCELLED));

        HttpResponse<String> late = vnPay.call(signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS,
                transactionNo())));

        assertThat(late.body()).isEqualTo(answer("02", "Order already confirmed"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(events.committed(PaymentConfirmed.class)).isEmpty();
    }

    @Test
    void aFailureArrivingAfterThePaymentChangesNothing() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        assertThat(vnPay.call(signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo()))).body())
                .isEqualTo(answer("00", "Confirm Success"));
        String paid = paymentRow(order.orderRef());

        HttpResponse<String> outOfOrder = vnPay.call(signedQuery(ipn(order.orderRef(), FEE, CANCELLED, "02", "0")));

        assertThat(outOfOrder.body()).isEqualTo(answer("02", "Order already confirmed"));
        assertThat(paymentRow(order.orderRef())).isEqualTo(paid);
        assertThat(events.committed(PaymentFailed.class)).isEmpty();
    }

    @Test
    void concurrentIdenticalIpnsPayExactlyOnce() throws Exception {
        int copies = 6;
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            for (int round = 0; round < 3; round++) {
                PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
                String query = signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo()));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < copies; i++) {
                    calls.add(threads.submit(() -> {
                        start.await();
                        return vnPay.call(query);
                    }));
                }
                start.countDown();
                List<String> answers = new ArrayList<>();
                for (Future<HttpResponse<String>> call : calls) {
                    answers.add(call.get().body());
                }

                assertThat(answers).containsOnlyOnce(answer("00", "Confirm Success"))
                        .filteredOn(body -> !body.equals(answer("00", "Confirm Success")))
                        .hasSize(copies - 1).containsOnly(answer("02", "Order already confirmed"));
                assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
                assertThat(notifications(order.orderRef())).hasSize(copies);
                assertThat(events.committed(PaymentConfirmed.class))
                        .filteredOn(confirmed -> confirmed.orderRef().equals(order.orderRef())).hasSize(1);
                assertThat(publications(PaymentConfirmed.class, order.orderRef())).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTransactionNumberPaysOneOrderOnly() {
        PaymentOrder first = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        PaymentOrder second = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        String transactionNo = transactionNo();
        assertThat(vnPay.call(signedQuery(ipn(first.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo))).body())
                .isEqualTo(answer("00", "Confirm Success"));

        HttpResponse<String> reused = vnPay.call(signedQuery(ipn(second.orderRef(), FEE, SUCCESS, SUCCESS,
                transactionNo)));

        assertThat(reused.body()).isEqualTo(answer("02", "Order already confirmed"));
        assertThat(payments.find(second.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(jdbc.queryForObject("select review_reason from payment where order_ref = ?", String.class,
                second.orderRef())).startsWith("DUPLICATE_TRANSACTION");
        assertThat(jdbc.queryForObject("select count(*) from payment where provider_transaction_no = ?",
                Integer.class, transactionNo)).isEqualTo(1);
    }

    /**
     * The database refuses the notification row, the last write of the IPN's transaction: VNPay gets 99 with HTTP
     * 500, nothing of the attempt is left (order, notification, event publication), and its retry pays once.
     */
    @Test
    void whenTheDatabaseFailsMidTransactionVnPayIsToldToRetryAndTheRetryPaysOnce() {
        String dossierCode = submitDossier(dossiers);
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        String query = signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo()));
        String before = paymentRow(order.orderRef());
        jdbc.execute("""
                create table if not exists it_refused_notification (
                    order_ref varchar(100) character set ascii collate ascii_bin primary key)""");
        jdbc.execute("""
                create or replace trigger it_refuse_notification before insert on payment_notification for each row
                if exists (select 1 from it_refused_notification r where r.order_ref = new.order_ref) then
                    signal sqlstate '45000' set message_text = 'refused by VnPayIpnIT';
                end if""");
        jdbc.update("insert into it_refused_notification values (?)", order.orderRef());
        try {
            HttpResponse<String> refused = vnPay.call(query);

            assertThat(refused.statusCode()).isEqualTo(500);
            assertThat(refused.body()).isEqualTo(answer("99", "Unknown error"));
            assertThat(paymentRow(order.orderRef())).isEqualTo(before);
            assertThat(notifications(order.orderRef())).isEmpty();
            assertThat(publications(PaymentConfirmed.class, order.orderRef())).isZero();
            assertThat(events.committed(Object.class)).isEmpty();
            assertThat(dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.DUE);
        } finally {
            jdbc.execute("drop trigger if exists it_refuse_notification");
            jdbc.execute("drop table if exists it_refused_notification");
        }

        HttpResponse<String> retried = vnPay.call(query);
        HttpResponse<String> retriedAgain = vnPay.call(query);

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(answer("00", "Confirm Success"));
        assertThat(retriedAgain.body()).isEqualTo(answer("02", "Order already confirmed"));
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(notifications(order.orderRef())).extracting(row -> row.get("rsp_code")).containsExactly("00", "02");
        assertThat(events.committed(PaymentConfirmed.class)).hasSize(1);
        assertThat(publications(PaymentConfirmed.class, order.orderRef())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));
    }

    @Test
    void theExpiryJobClosesStaleOrdersAndMoneyArrivingLateStillCounts() {
        String dossierCode = dossierCode();
        PaymentOrder stale = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        PaymentOrder fresh = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        jdbc.update("update payment set expires_at = utc_timestamp(6) - interval 1 second where order_ref = ?",
                stale.orderRef());

        assertThat(expiry.expireStale()).isGreaterThanOrEqualTo(1);

        assertThat(payments.find(stale.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payments.find(fresh.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(events.committed(PaymentExpired.class)).filteredOn(e -> e.orderRef().equals(stale.orderRef()))
                .singleElement().satisfies(expired -> assertThat(expired.dossierCode()).isEqualTo(dossierCode));
        assertThat(expiry.expireStale()).as("an order expires once").isZero();

        // the resident started paying just before the deadline: VNPay confirms after the job closed the order
        HttpResponse<String> late = vnPay.call(signedQuery(ipn(stale.orderRef(), FEE, SUCCESS, SUCCESS,
                transactionNo())));

        assertThat(late.body()).isEqualTo(answer("00", "Confirm Success"));
        assertThat(payments.find(stale.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(notifications(stale.orderRef())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("outcome", "PAID_LATE"));
        assertThat(events.committed(PaymentConfirmed.class)).singleElement()
                .satisfies(confirmed -> assertThat(confirmed.orderRef()).isEqualTo(stale.orderRef()));
    }

    @Test
    void moneyArrivingLateForADossierPaidMeanwhileIsFlaggedForARefund() {
        String dossierCode = dossierCode();
        PaymentOrder first = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        jdbc.update("update payment set expires_at = utc_timestamp(6) - interval 1 second where order_ref = ?",
                first.orderRef());
        expiry.expireStale();
        PaymentOrder second = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        assertThat(second.orderRef()).isNotEqualTo(first.orderRef());
        assertThat(vnPay.call(signedQuery(ipn(second.orderRef(), FEE, SUCCESS, SUCCESS, transactionNo()))).body())
                .isEqualTo(answer("00", "Confirm Success"));

        HttpResponse<String> late = vnPay.call(signedQuery(ipn(first.orderRef(), FEE, SUCCESS, SUCCESS,
                transactionNo())));

        assertThat(late.body()).as("the money was taken: acknowledged").isEqualTo(answer("00", "Confirm Success"));
        assertThat(payments.find(first.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(jdbc.queryForObject("select review_reason from payment where order_ref = ?", String.class,
                first.orderRef())).startsWith("PAID_TWICE").contains(second.orderRef());
        assertThat(payments.latestFor(dossierCode).orElseThrow().orderRef()).isEqualTo(second.orderRef());
        assertThat(events.committed(PaymentConfirmed.class)).singleElement()
                .satisfies(confirmed -> assertThat(confirmed.orderRef()).isEqualTo(second.orderRef()));
        assertThat(events.committed(PaymentNeedsReview.class)).singleElement()
                .satisfies(flagged -> assertThat(flagged.orderRef()).isEqualTo(first.orderRef()));
    }

    private List<Map<String, Object>> notifications(String orderRef) {
        return jdbc.queryForList("select * from payment_notification where order_ref = ? order by id", orderRef);
    }

    /** Everything stored about the order, to show that nothing changed. */
    private String paymentRow(String orderRef) {
        return jdbc.queryForMap("select * from payment where order_ref = ?", orderRef).toString();
    }

    private int publications(Class<?> eventType, String orderRef) {
        // one publication per listener: the dossier's fee listener must have been told exactly once (the dashboard
        // listens too)
        return jdbc.queryForObject("""
                select count(*) from event_publication where event_type = ?
                   and serialized_event like concat('%', ?, '%')
                   and listener_id like '%DossierFees%'""", Integer.class, eventType.getName(), orderRef);
    }

    private static String transactionNo() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }
}
