package vn.dvc.kiosk.backoffice;

/**
 * No dossier with this code is on the officer's desk: unknown, or another unit's. The two are deliberately the same,
 * so that an officer cannot learn which codes exist at other units.
 */
public class DossierNotOnThisDeskException extends RuntimeException {

    DossierNotOnThisDeskException(String code) {
        super("Dossier " + code + " is not on this officer's desk");
    }
}
