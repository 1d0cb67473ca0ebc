package vn.dvc.kiosk.dossier;

import java.time.Instant;

/** The query's projection of {@link AssistedDossier}, with the stored UTC instant. */
record AssistedDossierRow(String code, String procedureName, String applicantFullName, Instant receivedAt,
        DossierStatus status) {
}
