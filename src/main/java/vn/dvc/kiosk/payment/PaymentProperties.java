package vn.dvc.kiosk.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param expireAfter how long a new payment order can be paid (VNPay orders may have their own, see
 *                    {@link VnPayProperties#expireAfter()})
 * @param expiryCheck    how often stale pending orders are expired
 * @param reconcileCheck how often the gateways are asked about pending orders (VNPay querydr)
 * @param reconcileAfter how old a pending order must be before its gateway is asked about it
 */
@ConfigurationProperties("kiosk.payment")
record PaymentProperties(@DefaultValue("15m") Duration expireAfter, @DefaultValue("1m") Duration expiryCheck,
        @DefaultValue("5m") Duration reconcileCheck, @DefaultValue("1m") Duration reconcileAfter) {

    PaymentProperties {
        if (expireAfter.isNegative() || expireAfter.toSeconds() < 60) {
            throw new IllegalArgumentException("kiosk.payment.expire-after must be at least one minute");
        }
        if (expiryCheck.isNegative() || expiryCheck.isZero()) {
            throw new IllegalArgumentException("kiosk.payment.expiry-check must be positive");
        }
        if (reconcileCheck.isNegative() || reconcileCheck.isZero()) {
            throw new IllegalArgumentException("kiosk.payment.reconcile-check must be positive");
        }
        if (reconcileAfter.isNegative()) {
            throw new IllegalArgumentException("kiosk.payment.reconcile-after must not be negative");
        }
    }
}
