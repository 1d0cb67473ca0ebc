package vn.dvc.kiosk.catalog;

/** Where the resident gets the result. */
public enum ResultChannel {
    COUNTER, POSTAL, ELECTRONIC
}
