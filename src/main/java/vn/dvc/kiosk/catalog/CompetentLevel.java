package vn.dvc.kiosk.catalog;

/** The level that decides the case after the July 2025 reform. */
public enum CompetentLevel {
    COMMUNE, PROVINCE
}
