package vn.dvc.kiosk.payment;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;

/**
 * How many unsigned (forged or broken) payment notifications one client address may have recorded in a window.
 * Each one is otherwise kept as a row for the officers' audit, so anyone on the internet could fill the table.
 * Over the allowance the sender still gets the protocol's answer (RspCode 97), only nothing is written. Signed
 * notifications are never counted nor limited: VNPay or a bank retrying a real payment is never locked out.
 */
@Component
class UnsignedNotifications {

    private final LookupRateLimiter limiter;

    UnsignedNotifications(@Value("${kiosk.payment.unsigned-notifications-per-window:60}") int limit,
            @Value("${kiosk.payment.unsigned-notification-window:10m}") Duration window, Clock clock) {
        this.limiter = LookupRateLimiter.perClient(limit, window, clock);
    }

    /** Counts one unsigned notification from this client; false when it is over its allowance. */
    boolean mayRecord(String client) {
        return limiter.tryAcquire(client);
    }

    /** The full allowance back, for a client or (in tests) the local one. */
    void forget(String client) {
        limiter.forget(client);
    }
}
