package vn.dvc.kiosk.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param expireAfter how long a new payment order can be paid (VNPay orders may have their own, see
 *                    {@link VnPayProperties#expireAfter()})
 * @param expiryCheck how often stale pending orders are expired
 */
@ConfigurationProperties("kiosk.payment")
record PaymentProperties(@DefaultValue("15m") Duration expireAfter, @DefaultValue("1m") Duration expiryCheck) {

    PaymentProperties {
        if (expireAfter.isNegative() || expireAfter.toSeconds() < 60) {
            throw new IllegalArgumentException("kiosk.payment.expire-after must be at least one minute");
        }
        if (expiryCheck.isNegative() || expiryCheck.isZero()) {
            throw new IllegalArgumentException("kiosk.payment.expiry-check must be positive");
        }
    }
}
