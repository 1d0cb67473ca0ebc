package vn.dvc.kiosk.advisor.ecitizen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO-8601 week (Monday to Sunday; week 1 holds the year's first Thursday), as MariaDB's YEARWEEK(d, 3). */
public record IsoWeek(int year, int week, LocalDate monday) {

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The number {@code YEARWEEK(day, 3)} gives for the days of this week, e.g. 202647. */
    public int yearWeek() {
        return year * 100 + week;
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public IsoWeek next() {
        return of(monday.plusWeeks(1));
    }

    public IsoWeek minusWeeks(int weeks) {
        return of(monday.minusWeeks(weeks));
    }
}
