package vn.dvc.kiosk.dossier;

/**
 * What an officer (or, for {@link #SUPPLEMENT_RECEIVED} and {@link #WITHDRAW}, the resident) does to a dossier. Which
 * action is allowed from which status is {@link DossierTransitions}'s one table.
 */
public enum DossierAction {
    /** Received: the dossier is complete and accepted (status 2). */
    ACCEPT(false),
    /** An accepted dossier goes to the processing officer (status 4). */
    START_PROCESSING(false),
    /** Not accepted (status 3); the reason is printed on the refusal (Mẫu 03). */
    REJECT(true),
    /** Which documents or answers are missing (Mẫu 02), free text; the clock pauses. */
    REQUEST_SUPPLEMENT(true),
    /** The resident supplied what was asked: processing resumes with the clock. */
    SUPPLEMENT_RECEIVED(false),
    /** What the resident must pay (tax, charges) before the result; the clock pauses. */
    REQUEST_FINANCIAL_OBLIGATION(true),
    /** The resident met the financial obligation: processing resumes with the clock. */
    OBLIGATION_MET(false),
    /** Processing stopped for a reason (status 8); the clock pauses. */
    STOP(true),
    /** A stopped dossier is processed again: the clock resumes. */
    RESUME(false),
    /** Processing finished (status 9); the reason is an optional note on the result. */
    FINISH(false),
    /** The result was handed over; the reason says how (use {@link DossierProcessing#returnResult}). */
    RETURN_RESULT(true),
    /** Withdrawn by the citizen (status 7). */
    WITHDRAW(false);

    private final boolean reasonRequired;

    DossierAction(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    /** Whether the action is refused without a reason (what is missing, why, how). */
    public boolean reasonRequired() {
        return reasonRequired;
    }
}
