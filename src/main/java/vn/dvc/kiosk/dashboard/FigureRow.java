package vn.dvc.kiosk.dashboard;

/**
 * One line of a dashboard table: a province, commune, unit or procedure code, or a month ("2026-05"), with its
 * counters. Names are the screen's to look up (units, catalog), so this stays one cheap query.
 */
public record FigureRow(String key, Counts counts) {
}
