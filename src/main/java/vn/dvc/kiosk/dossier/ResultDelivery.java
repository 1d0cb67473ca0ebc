package vn.dvc.kiosk.dossier;

/** Where the resident gets the result. */
public enum ResultDelivery {
    COUNTER, POSTAL, ELECTRONIC
}
