package vn.dvc.kiosk.dossier;

/** No dossier has this code. */
public class NoSuchDossierException extends RuntimeException {

    NoSuchDossierException(String code) {
        super("No dossier has code " + code);
    }
}
