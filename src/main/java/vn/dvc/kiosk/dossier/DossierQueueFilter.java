package vn.dvc.kiosk.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an officer's queue shows. "Due soon" and "overdue" concern dossiers whose clock runs (newly registered,
 * accepted, being processed): a paused or finished dossier is neither.
 *
 * @param statuses              empty for every status
 * @param procedureCode         null for every procedure
 * @param dueWithinWorkingDays  appointment from today up to this many working days ahead; null for no limit
 * @param overdue               appointment before today; with {@code dueWithinWorkingDays}, overdue or due soon
 */
public record DossierQueueFilter(Set<DossierStatus> statuses, String procedureCode, Integer dueWithinWorkingDays,
        boolean overdue) {

    /** The statuses in which the appointment clock runs. */
    static final Set<DossierStatus> CLOCK_RUNNING = EnumSet.of(DossierStatus.NEWLY_REGISTERED,
            DossierStatus.ACCEPTED, DossierStatus.BEING_PROCESSED);

    public DossierQueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(DossierStatus.class)
                : EnumSet.copyOf(statuses);
        procedureCode = procedureCode == null || procedureCode.isBlank() ? null : procedureCode.strip();
        if (dueWithinWorkingDays != null && dueWithinWorkingDays < 0) {
            throw new IllegalArgumentException("Due within a negative number of working days: " + dueWithinWorkingDays);
        }
    }

    public static DossierQueueFilter all() {
        return new DossierQueueFilter(Set.of(), null, null, false);
    }

    public static DossierQueueFilter of(Set<DossierStatus> statuses) {
        return new DossierQueueFilter(statuses, null, null, false);
    }

    public DossierQueueFilter procedure(String code) {
        return new DossierQueueFilter(statuses, code, dueWithinWorkingDays, overdue);
    }

    public DossierQueueFilter dueWithin(int workingDays) {
        return new DossierQueueFilter(statuses, procedureCode, workingDays, overdue);
    }

    public DossierQueueFilter onlyOverdue() {
        return new DossierQueueFilter(statuses, procedureCode, dueWithinWorkingDays, true);
    }

    /** The statuses to query: with a deadline filter, only those whose clock runs. */
    Set<DossierStatus> effectiveStatuses() {
        if (dueWithinWorkingDays == null && !overdue) {
            return statuses;
        }
        Set<DossierStatus> running = EnumSet.copyOf(statuses);
        running.retainAll(CLOCK_RUNNING);
        return running;
    }
}
