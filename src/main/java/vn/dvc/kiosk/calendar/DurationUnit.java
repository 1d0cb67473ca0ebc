package vn.dvc.kiosk.calendar;

/** How a procedure's legal processing time is counted. */
public enum DurationUnit {
    /** Working days after the day of receipt; 0 means the same working day. */
    WORKING_DAYS,
    /** Calendar days; a deadline that lands on a day off moves to the next working day. */
    DAYS,
    /** Hours from receipt. */
    HOURS,
    /** Handled while the resident waits. */
    IMMEDIATE
}
