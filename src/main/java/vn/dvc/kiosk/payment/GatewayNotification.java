package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a gateway or bank notified about an order, cleaned of anything unprintable and cut to the columns' sizes.
 *
 * @param source    how it reached us (IPN, bank transfer notice, our own query)
 * @param amountVnd the notified amount in VND, null when it was not a number
 * @param succeeded whether the notification says the money was taken (VNPay: response code and transaction status
 *                  both 00)
 */
record GatewayNotification(NotificationSource source, PaymentMethod method, boolean signatureValid, String orderRef,
        String providerTransactionNo, BigDecimal amountVnd, String responseCode, String transactionStatus,
        String bankCode, Instant providerPaidAt, boolean succeeded) {

    GatewayNotification {
        orderRef = printable(orderRef, 100);
        providerTransactionNo = printable(providerTransactionNo, 64);
        responseCode = printable(responseCode, 8);
        transactionStatus = printable(transactionStatus, 8);
        bankCode = printable(bankCode, 32);
    }

    /** The same notification, applied to this order (a bank transfer names a dossier, not an order). */
    GatewayNotification withOrderRef(String ref) {
        return new GatewayNotification(source, method, signatureValid, ref, providerTransactionNo, amountVnd,
                responseCode, transactionStatus, bankCode, providerPaidAt, succeeded);
    }

    /** Printable ASCII only (no line breaks to forge log lines), at most {@code max} characters; empty is null. */
    static String printable(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && kept.length() < max; i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                kept.append(c);
            }
        }
        return kept.isEmpty() ? null : kept.toString();
    }
}
