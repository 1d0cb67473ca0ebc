package vn.dvc.kiosk.catalog;

/** What a fee amount is charged for. */
public enum FeeUnit {
    DOSSIER, PAGE, COPY
}
