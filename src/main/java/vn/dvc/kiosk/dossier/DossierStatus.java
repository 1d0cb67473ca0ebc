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

    /**
     * The five steps residents are told about (as Đà Nẵng tells them): submitted and waiting for the officer,
     * received and being processed, not accepted (or withdrawn), something to supply (papers or a fee), completed.
     */
    public ResidentStep residentStep() {
        return switch (this) {
            case NEWLY_REGISTERED -> ResidentStep.SUBMITTED;
            case ACCEPTED, BEING_PROCESSED, PROCESSING_STOPPED -> ResidentStep.PROCESSING;
            case NOT_ACCEPTED, WITHDRAWN -> ResidentStep.REJECTED;
            case SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED -> ResidentStep.SUPPLEMENT_REQUESTED;
            case PROCESSING_FINISHED, RESULT_RETURNED -> ResidentStep.COMPLETED;
        };
    }

    public enum ResidentStep {
        SUBMITTED, PROCESSING, REJECTED, SUPPLEMENT_REQUESTED, COMPLETED
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
