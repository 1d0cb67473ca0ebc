package vn.dvc.kiosk.payment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the gateways about orders still pending a minute after they were opened (VNPay: {@code querydr}), in case the
 * notification was lost or is late, and applies a final answer through the ledger exactly as if it were the
 * notification ({@link PaymentLedger#apply}: amount, state, one transaction paying once), recorded with source
 * QUERY. An IPN arriving too, before or after, finds the order already final (02). Every node may run it: each
 * answer is applied under the order's row lock.
 */
@Component
class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    private static final int BATCH = 100;
    /** VNPay's vnp_TransactionStatus for a transaction that failed for good. */
    private static final String FAILED = "02";

    private final PaymentLedger ledger;
    private final List<PaymentGateway> gateways;
    private final PaymentProperties properties;
    private final Clock clock;

    PaymentReconciliation(PaymentLedger ledger, List<PaymentGateway> gateways, PaymentProperties properties,
            Clock clock) {
        this.ledger = ledger;
        this.gateways = gateways;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kiosk.payment.reconcile-check:5m}",
            initialDelayString = "${kiosk.payment.reconcile-check:5m}")
    // one app node a round when a province runs several (lease in table shedlock)
    @SchedulerLock(name = "payment-reconciliation")
    void run() {
        try {
            int applied = reconcile();
            if (applied > 0) {
                log.info("Reconciliation applied the gateway's answer to {} pending payment orders", applied);
            }
        } catch (RuntimeException failure) {
            log.warn("Reconciling pending payment orders failed; will try again: {}", failure.toString());
        }
    }

    /** @return how many orders this call changed or flagged */
    int reconcile() {
        Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        gateways.stream().filter(PaymentGateway::isAvailable).forEach(g -> methods.add(g.method()));
        int applied = 0;
        for (String orderRef : ledger.pendingOrderRefs(methods, clock.instant().minus(properties.reconcileAfter()),
                BATCH)) {
            try {
                if (reconcile(orderRef)) {
                    applied++;
                }
            } catch (RuntimeException failure) {
                // one order's trouble (a conflict with its IPN, a database hiccup) does not stop the others
                log.warn("Reconciling payment order {} failed; asked again next time: {}", orderRef,
                        failure.toString());
            }
        }
        return applied;
    }

    /** @return whether the gateway's answer changed or flagged the order */
    boolean reconcile(String orderRef) {
        Optional<PaymentOrder> order = ledger.find(orderRef).filter(o -> o.status() == PaymentStatus.PENDING);
        Optional<PaymentGateway> gateway = order.flatMap(o -> gateways.stream()
                .filter(g -> g.method() == o.method() && g.isAvailable()).findFirst());
        if (gateway.isEmpty()) {
            return false;
        }
        Optional<GatewayTransaction> answer = gateway.get().lookUp(order.get());
        if (answer.isEmpty()) {
            return false;
        }
        GatewayTransaction transaction = answer.get();
        if (!transaction.succeeded() && !FAILED.equals(transaction.transactionStatus())) {
            return ledger.flagOnce(orderRef, "GATEWAY_STATUS: the gateway reports transaction status "
                    + transaction.transactionStatus() + " for a pending order");
        }
        NotificationOutcome outcome = ledger.apply(new GatewayNotification(NotificationSource.QUERY,
                order.get().method(), true, orderRef, transaction.succeeded() ? transaction.providerTransactionNo()
                        : null, transaction.amountVnd(), null, transaction.transactionStatus(),
                transaction.bankCode(), transaction.paidAt(), transaction.succeeded()));
        log.info("Reconciliation of payment order {}: the gateway says {}, {}", orderRef,
                transaction.succeeded() ? "paid" : "failed", outcome);
        return outcome != NotificationOutcome.ALREADY_FINAL;
    }
}
