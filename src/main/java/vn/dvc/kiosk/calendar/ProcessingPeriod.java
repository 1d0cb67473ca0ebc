package vn.dvc.kiosk.calendar;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A legal processing time: "3 working days", "15 days", "same working day, cut-off 15:00".
 *
 * @param cutoff a dossier received after this time of day counts from the next working day
 */
public record ProcessingPeriod(int value, DurationUnit unit, Optional<LocalTime> cutoff) {

    public ProcessingPeriod {
        if (value < 0) {
            throw new IllegalArgumentException("A processing time cannot be negative: " + value);
        }
        cutoff = cutoff == null ? Optional.empty() : cutoff;
    }

    public static ProcessingPeriod workingDays(int value) {
        return new ProcessingPeriod(value, DurationUnit.WORKING_DAYS, Optional.empty());
    }

    public ProcessingPeriod withCutoff(LocalTime time) {
        return new ProcessingPeriod(value, unit, Optional.ofNullable(time));
    }
}
