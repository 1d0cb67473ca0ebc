package vn.dvc.kiosk.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes pending orders nobody paid in time (status EXPIRED, {@link PaymentExpired} published), each in its own
 * transaction. Every node may run it: an order expires once, under its row lock.
 */
@Component
class PaymentExpiry {

    private static final Logger log = LoggerFactory.getLogger(PaymentExpiry.class);

    private static final int BATCH = 200;

    private final PaymentLedger ledger;

    PaymentExpiry(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${kiosk.payment.expiry-check:1m}",
            initialDelayString = "${kiosk.payment.expiry-check:1m}")
    // one app node a round when a province runs several (lease in table shedlock)
    @SchedulerLock(name = "payment-expiry")
    void run() {
        try {
            int expired = expireStale();
            if (expired > 0) {
                log.info("Expired {} unpaid payment orders", expired);
            }
        } catch (RuntimeException failure) {
            log.warn("Expiring unpaid payment orders failed; will try again: {}", failure.toString());
        }
    }

    /** @return how many orders this call expired */
    int expireStale() {
        int expired = 0;
        for (String orderRef : ledger.staleOrderRefs(BATCH)) {
            try {
                if (ledger.expireIfStale(orderRef)) {
                    expired++;
                }
            } catch (ConcurrencyFailureException busy) {
                // a notification or another node is changing it right now; the next run sees where it ended
                log.info("Payment order {} was busy; its expiry is checked again next time", orderRef);
            }
        }
        return expired;
    }
}
