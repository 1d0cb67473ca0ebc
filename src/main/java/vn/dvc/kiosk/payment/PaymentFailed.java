package vn.dvc.kiosk.payment;

import java.time.Instant;

/**
 * The gateway reported an unsuccessful transaction for this order (cancelled by the payer, declined, ...); the
 * resident may open a new order or pay at the counter.
 *
 * @param responseCode the gateway's code (VNPay's {@code vnp_ResponseCode}, e.g. 24 cancelled)
 */
public record PaymentFailed(String orderRef, String dossierCode, PaymentMethod method, String responseCode,
        Instant failedAt) {
}
