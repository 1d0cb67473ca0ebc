package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

/**
 * One step of the resident's timeline on the tracking page.
 *
 * @param reachedOn the desk day the dossier (last) reached this step; null while it is still ahead
 */
public record TimelineStep(DossierStatus.ResidentStep step, LocalDate reachedOn, State state) {

    public enum State {
        DONE, CURRENT, AHEAD
    }
}
