package vn.dvc.kiosk.dossier;

/** How many of a receiving unit's dossiers are past their appointment date with the clock still running. */
public record OverdueCount(String receivingUnitCode, long overdue) {
}
