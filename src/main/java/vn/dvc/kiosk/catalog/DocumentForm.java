package vn.dvc.kiosk.catalog;

/** In which form a document is handed in. */
public enum DocumentForm {
    ORIGINAL, CERTIFIED_COPY, COPY, PRESENT_ONLY
}
