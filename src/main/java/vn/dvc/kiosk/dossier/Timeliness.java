package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

import vn.dvc.kiosk.calendar.AppointmentCalendar;

/**
 * The processing control slip's (Mẫu 05) classification: the result before the appointment date, on that day, or
 * after it. An open dossier is classified as of today; while its clock is paused its deadline moves with the pause.
 */
public enum Timeliness {
    BEFORE_DEADLINE, ON_TIME, LATE;

    /**
     * @param finishedOn  the day processing finished, null while open
     * @param pausedSince the day the running pause began, null while the clock runs
     * @return null for a dossier that was not accepted or was withdrawn: there is no result to be on time with
     */
    public static Timeliness of(DossierStatus status, LocalDate appointmentDate, LocalDate pausedSince,
            LocalDate finishedOn, LocalDate today, AppointmentCalendar calendar) {
        if (status == DossierStatus.NOT_ACCEPTED || status == DossierStatus.WITHDRAWN) {
            return null;
        }
        LocalDate deadline = appointmentDate;
        if (finishedOn == null && pausedSince != null) {
            deadline = calendar.addWorkingDays(deadline, calendar.workingDaysBetween(pausedSince, today));
        }
        LocalDate day = finishedOn != null ? finishedOn : today;
        int compared = day.compareTo(deadline);
        return compared < 0 ? BEFORE_DEADLINE : compared == 0 ? ON_TIME : LATE;
    }
}
