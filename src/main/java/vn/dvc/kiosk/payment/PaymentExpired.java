package vn.dvc.kiosk.payment;

import java.time.Instant;

/** A pending order was closed unpaid: its time ran out, or a newer order for the same dossier replaced it. */
public record PaymentExpired(String orderRef, String dossierCode, PaymentMethod method, Instant expiredAt) {
}
