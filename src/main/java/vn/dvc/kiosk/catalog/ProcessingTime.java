package vn.dvc.kiosk.catalog;

import java.time.LocalTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.dvc.kiosk.calendar.DurationUnit;
import vn.dvc.kiosk.calendar.ProcessingPeriod;

/** The legal processing time of a procedure, as published. */
@Embeddable
public record ProcessingTime(
        @Column(name = "processing_value") int value,
        @Enumerated(EnumType.STRING) @Column(name = "processing_unit") DurationUnit unit,
        @Column(name = "processing_cutoff") LocalTime cutoff,
        @Column(name = "processing_note") String note) {

    public ProcessingPeriod period() {
        return new ProcessingPeriod(value, unit, Optional.ofNullable(cutoff));
    }

    /** "Same working day": returned on the day the dossier counts as received. */
    public boolean sameDay() {
        return value == 0 && unit == DurationUnit.WORKING_DAYS || unit == DurationUnit.IMMEDIATE;
    }
}
