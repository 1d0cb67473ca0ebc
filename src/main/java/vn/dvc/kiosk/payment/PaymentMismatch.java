package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something about a payment an officer must look at or check against the bank statement.
 *
 * @param orderRef         the order, null for a notice no order matched
 * @param amountVnd        the order's amount, null without an order
 * @param notifiedAmountVnd what the gateway or bank said, when it is a notice
 * @param transactionNo    the gateway's or bank's transaction reference, when known
 * @param detail           what happened, in plain text without personal data (the order's review reason, ...)
 * @param at               when it happened (flagged order: when it was opened)
 */
public record PaymentMismatch(Kind kind, String orderRef, String dossierCode, PaymentMethod method,
        PaymentStatus status, Long amountVnd, BigDecimal notifiedAmountVnd, String transactionNo, String detail,
        Instant at) {

    public enum Kind {
        /** Flagged, nothing paid by it automatically: another amount, money twice (a refund is due), a transaction
         *  number used again, a strange gateway status. */
        NEEDS_REVIEW,
        /** Paid here, but the dossier does not show its fee paid: less than the fee, an unknown dossier, or the
         *  payment's event still undelivered. */
        DOSSIER_NOT_PAID,
        /** Money arrived after its order was closed (expired, or the counter chosen): it counted; make sure the
         *  counter did not take the fee again. */
        LATE_MONEY,
        /** A correctly signed notice no order matched: for a bank credit, money on the account to assign by hand. */
        UNMATCHED,
        /** Paid or failed by reconciliation (VNPay querydr): the gateway's own notification never came. */
        FOUND_BY_QUERY
    }
}
