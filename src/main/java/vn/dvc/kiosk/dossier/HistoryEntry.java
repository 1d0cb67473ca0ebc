package vn.dvc.kiosk.dossier;

import java.time.Instant;

/**
 * One step of a dossier's history as the officer sees it.
 *
 * @param from null for the registration
 */
public record HistoryEntry(DossierStatus from, DossierStatus to, Instant changedAt, String changedBy, String reason) {
}
