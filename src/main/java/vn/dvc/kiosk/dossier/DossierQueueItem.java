package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDate;

import vn.dvc.kiosk.calendar.AppointmentCalendar;

/**
 * A line of an officer's queue: a projection read in the page's one query, without answers, documents or history.
 *
 * @param pausedSince the day the running pause began, null while the clock runs
 */
public record DossierQueueItem(String code, String procedureCode, String procedureName, String applicantFullName,
        DossierStatus status, FeeStatus feeStatus, Instant receivedAt, LocalDate appointmentDate,
        LocalDate pausedSince, LocalDate finishedOn) {

    /** Before the deadline, on time or late as of {@code today} (Mẫu 05). */
    public Timeliness timeliness(LocalDate today, AppointmentCalendar calendar) {
        return Timeliness.of(status, appointmentDate, pausedSince, finishedOn, today, calendar);
    }
}
