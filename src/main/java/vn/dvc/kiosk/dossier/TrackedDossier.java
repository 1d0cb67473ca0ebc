package vn.dvc.kiosk.dossier;

import java.util.List;

/**
 * A dossier found by its code and the applicant's ID digits (or its tracking token): its public tracking token and
 * what it shows.
 *
 * @param timeline          the resident's steps with the day each was reached
 * @param supplementRequest what the officer asked for while the dossier waits for more papers; null otherwise
 */
public record TrackedDossier(String trackingToken, DossierView view, List<TimelineStep> timeline,
        String supplementRequest) {

    public TrackedDossier {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
