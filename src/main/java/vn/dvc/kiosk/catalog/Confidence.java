package vn.dvc.kiosk.catalog;

/** How well the catalog's facts for a procedure were verified. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
