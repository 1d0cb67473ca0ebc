package vn.dvc.kiosk.dossier;

/** A dossier found by its code and the applicant's ID digits: its public tracking token and what it shows. */
public record TrackedDossier(String trackingToken, DossierView view) {
}
