package vn.dvc.kiosk.dossier;

import java.time.LocalDateTime;

/**
 * A dossier as the advisor who helped file it sees it in their list: enough to recognise the resident and say where
 * it stands, nothing more (no ID number, no answers).
 *
 * @param receivedAt civil time of the desk
 */
public record AssistedDossier(String code, String procedureName, String applicantFullName, LocalDateTime receivedAt,
        DossierStatus status) {
}
