package vn.dvc.kiosk.dossier;

/** The electronic result was refused before anything was written: the desk tells the officer why. */
public class InvalidResultFileException extends RuntimeException {

    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Over {@link DossierResults#MAX_BYTES}. */
        TOO_LARGE,
        /** Does not start with {@code %PDF-}, whatever its name or declared type says. */
        NOT_PDF,
        /** Only a finished dossier (status 9) has a result to attach. */
        NOT_FINISHED
    }

    private final Reason reason;

    InvalidResultFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
