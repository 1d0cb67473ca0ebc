package vn.dvc.kiosk.dashboard;

/** The province and commune (codes of the 2025 two-tier units) a receiving unit serves. */
public record UnitPlace(String receivingUnitCode, String provinceCode, String communeCode) {

    /** Where a unit nobody placed yet is counted: its own "unknown" province and commune. */
    static UnitPlace unknown(String receivingUnitCode) {
        return new UnitPlace(receivingUnitCode, "", "");
    }
}
