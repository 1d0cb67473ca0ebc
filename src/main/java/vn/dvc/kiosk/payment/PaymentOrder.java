package vn.dvc.kiosk.payment;

import java.time.Instant;

/**
 * A payment order as the screens see it.
 *
 * @param orderRef              what the gateway knows the order by (VNPay's {@code vnp_TxnRef}); random, unguessable
 * @param paidAt                null unless {@link PaymentStatus#PAID}
 * @param providerTransactionNo the gateway's number of the transaction that paid it (VNPay's
 *                              {@code vnp_TransactionNo}), null unless paid
 */
public record PaymentOrder(String orderRef, String dossierCode, long amountVnd, PaymentMethod method,
        PaymentStatus status, Instant createdAt, Instant expiresAt, Instant paidAt, String providerTransactionNo) {
}
