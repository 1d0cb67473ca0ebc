package vn.dvc.kiosk.calendar;

import java.time.LocalDate;

/** One published exception to the ordinary working week. */
public record CalendarDay(LocalDate date, DayKind kind, String nameVi, String nameEn, boolean confirmed) {
}
