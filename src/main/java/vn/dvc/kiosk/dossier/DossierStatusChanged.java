package vn.dvc.kiosk.dossier;

import java.time.Instant;

/**
 * A dossier moved from one status to another (an officer's action, or the resident supplying what was asked).
 * Published inside the transaction that records the change, so the event publication registry keeps it only if
 * the change commits; listeners (notifications, dashboards) run after the commit. Carries no personal data: who to
 * tell is asked of {@link Dossiers} by code.
 *
 * @param from null for the first status of a new dossier
 */
public record DossierStatusChanged(String code, String receivingUnitCode, DossierStatus from, DossierStatus to,
        Instant changedAt) {
}
