package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.FEE;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.dossierCode;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.submitDossier;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** Opening payment orders and choosing the counter, against the real MariaDB. */
@KioskIntegrationTest
class PaymentsIT {

    @Autowired
    Payments payments;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventMulticaster multicaster;

    private final PaymentEventsRecorder events = new PaymentEventsRecorder();

    @BeforeEach
    void listen() {
        multicaster.addApplicationListener(events);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(events);
        assertThat(events.outsideTransactions()).isEmpty();
    }

    @Test
    void aNewOrderIsPendingUntilItsExpiry() {
        String dossierCode = dossierCode();

        PaymentOrder order = payments.open(" " + dossierCode + " ", FEE, PaymentMethod.VNPAY);

        assertThat(order.orderRef()).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(order.dossierCode()).isEqualTo(dossierCode);
        assertThat(order.amountVnd()).isEqualTo(FEE);
        assertThat(order.method()).isEqualTo(PaymentMethod.VNPAY);
        assertThat(order.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(Duration.between(order.createdAt(), order.expiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(order.paidAt()).isNull();
        assertThat(order.providerTransactionNo()).isNull();
        assertThat(payments.find(order.orderRef())).contains(order);
        assertThat(payments.latestFor(dossierCode)).contains(order);
        assertThat(payments.find("NOSUCHORDER")).isEmpty();
        assertThat(payments.latestFor("IT-PAY-none")).isEmpty();
    }

    @Test
    void askingAgainGivesTheSamePendingOrder() {
        String dossierCode = dossierCode();
        PaymentOrder first = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);

        assertThat(payments.open(dossierCode, FEE, PaymentMethod.VIETQR)).isEqualTo(first);
        assertThat(orders(dossierCode)).isEqualTo(1);
    }

    @Test
    void anotherMethodOrAmountReplacesThePendingOrder() {
        String dossierCode = dossierCode();
        PaymentOrder qr = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);

        PaymentOrder vnPay = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        PaymentOrder moreMoney = payments.open(dossierCode, FEE + 2_000, PaymentMethod.VNPAY);

        assertThat(vnPay.orderRef()).isNotEqualTo(qr.orderRef());
        assertThat(moreMoney.orderRef()).isNotEqualTo(vnPay.orderRef());
        assertThat(payments.find(qr.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payments.find(vnPay.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payments.latestFor(dossierCode)).contains(moreMoney);
        assertThat(events.committed(PaymentExpired.class)).extracting(PaymentExpired::orderRef)
                .containsExactly(qr.orderRef(), vnPay.orderRef());
    }

    @Test
    void anOrderAboutToExpireIsNotHandedOutAgain() {
        String dossierCode = dossierCode();
        PaymentOrder first = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);
        jdbc.update("update payment set expires_at = utc_timestamp(6) + interval 30 second where order_ref = ?",
                first.orderRef());

        PaymentOrder second = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);

        assertThat(second.orderRef()).isNotEqualTo(first.orderRef());
        assertThat(payments.find(first.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void concurrentRequestsForOneDossierShareOneOrder() throws Exception {
        String dossierCode = dossierCode();
        int residents = 6;
        ExecutorService threads = Executors.newFixedThreadPool(residents);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PaymentOrder>> opened = new ArrayList<>();
            for (int i = 0; i < residents; i++) {
                opened.add(threads.submit(() -> {
                    start.await();
                    return payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
                }));
            }
            start.countDown();
            List<String> refs = new ArrayList<>();
            for (Future<PaymentOrder> order : opened) {
                refs.add(order.get().orderRef());
            }

            assertThat(refs).containsOnly(refs.get(0));
            assertThat(orders(dossierCode)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSchemaItselfRefusesASecondOpenOrderForADossier() {
        String dossierCode = dossierCode();
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);
        String insert = """
                insert into payment (order_ref, dossier_code, amount_vnd, method, status, created_at, expires_at,
                                     status_changed_at)
                values (?, ?, 8000, 'VNPAY', ?, utc_timestamp(6), utc_timestamp(6) + interval 15 minute,
                        utc_timestamp(6))""";

        assertThatThrownBy(() -> jdbc.update(insert, OrderRefs.next(), dossierCode, "PENDING"))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("uk_payment_active_dossier");
        assertThat(jdbc.update(insert, OrderRefs.next(), dossierCode, "FAILED")).as("closed orders do not count")
                .isEqualTo(1);
        assertThat(payments.latestFor(dossierCode).orElseThrow().status()).isIn(PaymentStatus.PENDING,
                PaymentStatus.FAILED);
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void payingAtTheCounterClosesThePendingOrderAndTellsTheDossier() {
        String dossierCode = submitDossier(dossiers);
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);

        payments.payAtCounter(dossierCode);

        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.AT_COUNTER);
        assertThat(events.committed(PaymentAtCounterChosen.class)).singleElement()
                .satisfies(chosen -> assertThat(chosen.orderRef()).isEqualTo(order.orderRef()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.AT_COUNTER));

        PaymentOrder changedMind = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        assertThat(changedMind.orderRef()).as("the resident may still pay online").isNotEqualTo(order.orderRef());
    }

    @Test
    void aPaidFeeStaysPaid() {
        String dossierCode = dossierCode();
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);
        jdbc.update("""
                update payment set status = 'PAID', paid_at = utc_timestamp(6), provider_transaction_no = ?
                 where order_ref = ?""", "IT" + UUID.randomUUID(), order.orderRef());

        assertThat(payments.open(dossierCode, FEE, PaymentMethod.VNPAY).orderRef()).isEqualTo(order.orderRef());
        payments.payAtCounter(dossierCode);

        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(orders(dossierCode)).isEqualTo(1);
        assertThat(events.committed(PaymentAtCounterChosen.class)).isEmpty();
    }

    @Test
    void whatCannotBePaidOnlineIsRefused() {
        assertThatThrownBy(() -> payments.open(dossierCode(), 0, PaymentMethod.VNPAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payments.open(" ", FEE, PaymentMethod.VNPAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> payments.open(dossierCode(), FEE, null)).isInstanceOf(IllegalStateException.class);
        PaymentOrder qr = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        assertThatThrownBy(() -> payments.checkoutUrl(qr.orderRef(), "10.0.0.5", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckoutUrlOfAVnPayOrderIsSignedForTheTestTerminal() {
        assertThat(payments.offers(PaymentMethod.VNPAY)).isTrue();
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        URI url = payments.checkoutUrl(order.orderRef(), "10.0.0.5", Locale.forLanguageTag("vi"));

        assertThat(url.getHost()).isEqualTo("sandbox.vnpayment.vn");
        assertThat(url.getRawQuery()).contains("vnp_TmnCode=KIOSKT01", "vnp_Amount=800000",
                "vnp_TxnRef=" + order.orderRef(), "vnp_IpAddr=10.0.0.5", "vnp_Locale=vn",
                "vnp_OrderInfo=Thanh+toan+le+phi+ho+so+" + order.dossierCode(),
                "vnp_ReturnUrl=http%3A%2F%2Flocalhost%2Fthanh-toan%2Fvnpay")
                .containsPattern("&vnp_SecureHash=[0-9a-f]{128}$");
    }

    private int orders(String dossierCode) {
        return jdbc.queryForObject("select count(*) from payment where dossier_code = ?", Integer.class, dossierCode);
    }
}
