package vn.dvc.kiosk.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.FEE;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.dossierCode;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.submitDossier;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.payment.PaymentJobs;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentMismatch;
import vn.dvc.kiosk.payment.PaymentMismatches;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Reconciliation against the sandbox's VNPay over real HTTP: the app's querydr (signed, answered and checked) finds
 * payments whose IPN was lost, and applies them through the same ledger rules as the IPN, exactly once.
 */
@KioskIntegrationTest
class SandboxReconciliationIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    SandboxBank bank;

    @Autowired
    SandboxVnPay vnPay;

    @Autowired
    Payments payments;

    @Autowired
    PaymentMismatches mismatches;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPaymentWhoseIpnWasLostIsPaidByReconciliationOnceEvenWhenTheIpnArrivesAfter() {
        String dossierCode = submitDossier(dossiers);
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        bank.run(order.orderRef(), SandboxScenario.LOST_NOTICE);
        PaymentJobs.reconcile(context);
        assertThat(payments.find(order.orderRef()).orElseThrow().status()).as("a fresh order is not asked about yet")
                .isEqualTo(PaymentStatus.PENDING);
        makeOlder(order.orderRef());

        assertThat(PaymentJobs.reconcile(context)).isGreaterThanOrEqualTo(1);

        PaymentOrder paid = payments.find(order.orderRef()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.providerTransactionNo()).isEqualTo(vnPay.transaction(order.orderRef()).orElseThrow()
                .transactionNo());
        assertThat(notifications(order.orderRef())).containsExactly("QUERY:CONFIRMED:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));
        assertThat(mismatches.list(1)).filteredOn(m -> order.orderRef().equals(m.orderRef()))
                .extracting(PaymentMismatch::kind).containsExactly(PaymentMismatch.Kind.FOUND_BY_QUERY);

        // VNPay retries the IPN after all
        String late = vnPay.sendIpn(vnPay.notice(vnPay.transaction(order.orderRef()).orElseThrow()));

        assertThat(late).isEqualTo("02");
        assertThat(PaymentJobs.reconcile(context, order.orderRef())).isFalse();
        assertThat(notifications(order.orderRef())).containsExactly("QUERY:CONFIRMED:00", "IPN:ALREADY_FINAL:02");
        assertThat(confirmations(order.orderRef())).isEqualTo(1);
    }

    @Test
    void anIpnAndReconciliationAtTheSameMomentPayOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
                bank.run(order.orderRef(), SandboxScenario.LOST_NOTICE);
                SandboxVnPay.Transaction transaction = vnPay.transaction(order.orderRef()).orElseThrow();
                CountDownLatch start = new CountDownLatch(1);
                Future<String> ipn = threads.submit(() -> {
                    start.await();
                    return vnPay.sendIpn(vnPay.notice(transaction));
                });
                Future<Boolean> reconciled = threads.submit(() -> {
                    start.await();
                    return PaymentJobs.reconcile(context, order.orderRef());
                });
                start.countDown();
                ipn.get();
                reconciled.get();

                assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
                List<String> rows = notifications(order.orderRef());
                assertThat(rows).filteredOn(row -> row.endsWith(":CONFIRMED:00")).hasSize(1);
                assertThat(rows).filteredOn(row -> !row.endsWith(":CONFIRMED:00"))
                        .allSatisfy(row -> assertThat(row).endsWith(":ALREADY_FINAL:02"));
                assertThat(confirmations(order.orderRef())).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCancellationTheIpnNeverBroughtFailsTheOrder() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        vnPay.cancel(order.orderRef(), FEE, "Thanh toan le phi ho so " + order.dossierCode());

        assertThat(PaymentJobs.reconcile(context, order.orderRef())).isTrue();

        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(notifications(order.orderRef())).containsExactly("QUERY:FAILED:00");
    }

    @Test
    void anOrderTheGatewayNeverSawStaysPending() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        assertThat(PaymentJobs.reconcile(context, order.orderRef())).isFalse();

        assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(notifications(order.orderRef())).isEmpty();
    }

    private void makeOlder(String orderRef) {
        jdbc.update("update payment set created_at = created_at - interval 2 minute where order_ref = ?", orderRef);
    }

    private List<String> notifications(String orderRef) {
        return jdbc.queryForList("select concat(source, ':', outcome, ':', rsp_code) from payment_notification "
                + "where order_ref = ? order by id", String.class, orderRef);
    }

    private int confirmations(String orderRef) {
        // one publication per listener: the dossier's fee listener must have been told exactly once (the dashboard
        // listens too)
        return jdbc.queryForObject("""
                select count(*) from event_publication where event_type = 'vn.dvc.kiosk.payment.PaymentConfirmed'
                   and serialized_event like concat('%', ?, '%')
                   and listener_id like '%DossierFees%'""", Integer.class, orderRef);
    }
}
