package vn.dvc.kiosk.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.calendar.AppointmentCalendar;

/**
 * What the officer's queue needs beside its pages ({@link DossierProcessing#queue}): the procedures to filter by and
 * each line's timeliness, with the module's own calendar and clock so that the desk needs neither.
 */
@Service
public class DossierQueues {

    private final DossierRepository dossiers;
    private final AppointmentCalendar calendar;
    private final Clock clock;

    DossierQueues(DossierRepository dossiers, AppointmentCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The procedures the unit has dossiers of, by name. */
    @Transactional(readOnly = true)
    public List<ProcedureInQueue> procedures(String receivingUnitCode) {
        return dossiers.findProceduresOfUnit(receivingUnitCode);
    }

    /** Before the deadline, on time or late as of today; null when not accepted or withdrawn. */
    public Timeliness timeliness(DossierQueueItem item) {
        return item.timeliness(LocalDate.now(clock), calendar);
    }
}
