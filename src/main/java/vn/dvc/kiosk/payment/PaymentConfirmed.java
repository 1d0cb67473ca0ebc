package vn.dvc.kiosk.payment;

import java.time.Instant;

/**
 * A dossier's fee was paid: the gateway confirmed a successful transaction for the full amount. Published in the
 * transaction that marks the order paid, so the event publication registry records it only if that commits.
 */
public record PaymentConfirmed(String orderRef, String dossierCode, long amountVnd, PaymentMethod method,
        Instant paidAt) {
}
