package vn.dvc.kiosk.payment;

import java.time.Instant;

/**
 * An officer must look at this order: a signed notification with another amount, a second payment for a dossier
 * already paid (a refund is due), a transaction number already used. Nothing was paid by it automatically.
 *
 * @param reason what happened, in plain text without personal data
 */
public record PaymentNeedsReview(String orderRef, String dossierCode, String reason, Instant flaggedAt) {
}
