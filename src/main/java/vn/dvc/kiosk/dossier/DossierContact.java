package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

/**
 * Who to tell about a dossier, and what: for the notifications. No language is stored with a dossier yet, so none is
 * given here.
 *
 * @param phone      null when the resident gave none
 * @param email      null when the resident gave none
 * @param lastReason the reason recorded with the latest status change (a refusal, a supplement asked for), or null
 */
public record DossierContact(String code, String applicantName, String procedureName, String phone, String email,
        LocalDate appointmentDate, String trackingToken, DossierStatus status, String lastReason) {
}
