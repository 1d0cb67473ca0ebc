package vn.dvc.kiosk.dossier;

/** Papers sent in answer to a request that cannot be taken; {@link #reason()} says what the resident is told. */
public class SupplementRefusedException extends RuntimeException {

    public enum Reason {
        /** No dossier with this code and these ID digits: both look the same, so that codes cannot be tried. */
        NOT_FOUND,
        /** The dossier does not wait for papers (any more): sent twice, or the officer moved on. */
        NOT_REQUESTED,
        /** Neither a page nor an answer. */
        NOTHING_GIVEN,
        /** More pages or a longer answer than allowed. */
        TOO_MUCH
    }

    private final Reason reason;

    SupplementRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
