package vn.dvc.kiosk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days of the one-stop desks and the appointment date a dossier gets for its result.
 * Immutable; built from the published holiday schedule.
 */
public final class AppointmentCalendar {

    private final Map<LocalDate, CalendarDay> exceptions;
    private final Optional<LocalTime> defaultCutoff;

    public AppointmentCalendar(Collection<CalendarDay> exceptions, Optional<LocalTime> defaultCutoff) {
        this.exceptions = exceptions.stream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity(), (a, b) -> b));
        this.defaultCutoff = defaultCutoff;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = exceptions.get(date);
        if (exception != null) {
            return exception.kind() == DayKind.WORKING_SATURDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public Optional<CalendarDay> exceptionOn(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The day the dossier is treated as received: today if a working day before the cut-off, else the next one. */
    public LocalDate receptionDay(LocalDateTime receivedAt, ProcessingPeriod period) {
        LocalDate day = receivedAt.toLocalDate();
        Optional<LocalTime> cutoff = period.cutoff().or(() -> defaultCutoff);
        boolean afterCutoff = cutoff.isPresent() && receivedAt.toLocalTime().isAfter(cutoff.get());
        return isWorkingDay(day) && !afterCutoff ? day : nextWorkingDayAfter(day);
    }

    /** When the result is due for a dossier received at {@code receivedAt} (civil time of the desk). */
    public LocalDateTime dueAt(LocalDateTime receivedAt, ProcessingPeriod period) {
        return switch (period.unit()) {
            case IMMEDIATE -> receivedAt;
            case HOURS -> receivedAt.plusHours(period.value());
            case WORKING_DAYS -> addWorkingDays(receptionDay(receivedAt, period), period.value()).atTime(endOfDay());
            case DAYS -> {
                LocalDate due = receptionDay(receivedAt, period).plusDays(period.value());
                yield (isWorkingDay(due) ? due : nextWorkingDayAfter(due)).atTime(endOfDay());
            }
        };
    }

    /** The appointment date printed on the receipt. */
    public LocalDate appointmentDate(LocalDateTime receivedAt, ProcessingPeriod period) {
        return dueAt(receivedAt, period).toLocalDate();
    }

    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDayAfter(day);
        }
        return day;
    }

    /** Working days strictly after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalTime endOfDay() {
        return LocalTime.of(17, 0); // desks close at 17:00; a result "due on day D" is due by then
    }
}
