package vn.dvc.kiosk.dossier;

/** The national dossier statuses, as synced with the National Public Service Portal (its codes 1 to 10). */
public enum DossierStatus {
    NEWLY_REGISTERED(1),
    ACCEPTED(2),
    NOT_ACCEPTED(3),
    BEING_PROCESSED(4),
    SUPPLEMENT_REQUESTED(5),
    FINANCIAL_OBLIGATION_REQUESTED(6),
    /** Withdrawn by the citizen. */
    WITHDRAWN(7),
    PROCESSING_STOPPED(8),
    PROCESSING_FINISHED(9),
    RESULT_RETURNED(10);

    private final int portalCode;

    DossierStatus(int portalCode) {
        this.portalCode = portalCode;
    }

    public int portalCode() {
        return portalCode;
    }

    /** While the dossier waits for the resident or is stopped, its processing time does not run. */
    public boolean pausesTheClock() {
        return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION_REQUESTED || this == PROCESSING_STOPPED;
    }

    public static DossierStatus ofPortalCode(int code) {
        for (DossierStatus status : values()) {
            if (status.portalCode == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("No dossier status has portal code " + code);
    }
}
