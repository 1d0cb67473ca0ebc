package vn.dvc.kiosk.dashboard;

/**
 * Assisted filings of one volunteer group in some months: group code '' gathers volunteers named only by a label or
 * whose account is gone. The commune is the group's own (V22__dashboard_assisted_by_group.sql says why).
 */
public record GroupFigure(String groupCode, String communeCode, long receivedAssisted) {
}
