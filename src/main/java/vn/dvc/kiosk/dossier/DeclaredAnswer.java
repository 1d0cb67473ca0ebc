package vn.dvc.kiosk.dossier;

/** One answer to a procedure's declared form field, with the question as it was shown (the catalog may change). */
public record DeclaredAnswer(String key, String label, String value) {
}
