package vn.dvc.kiosk.calendar;

/** The kinds of exception to the Monday–Friday week, as published in the yearly holiday schedule. */
public enum DayKind {
    /** A statutory holiday (may fall on a weekend, then it changes nothing by itself). */
    HOLIDAY,
    /** A weekday off: compensation for a holiday on a weekend, or one half of a swap. */
    COMPENSATORY_DAY_OFF,
    /** A Saturday on which offices work, the other half of a swap. */
    WORKING_SATURDAY
}
