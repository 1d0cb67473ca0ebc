package vn.dvc.kiosk.payment;

import java.time.Instant;

/**
 * The resident chose to pay this dossier's fee at the counter.
 *
 * @param orderRef the pending order this closed, null when none was open
 */
public record PaymentAtCounterChosen(String dossierCode, String orderRef, Instant chosenAt) {
}
