package vn.dvc.kiosk.filing;

/** A file or photo that cannot become a page; {@link #reason()} names what the resident should do instead. */
public class DocumentRefused extends RuntimeException {

    public enum Reason {
        /** Larger than the per-file limit. */
        TOO_LARGE,
        /** Not a JPEG, PNG or PDF, whatever its name says. */
        NOT_SUPPORTED,
        /** Looks like an image or PDF but cannot be read. */
        DAMAGED,
        EMPTY,
        /** This document already has as many pages as allowed. */
        TOO_MANY_PAGES,
        /** All pages of the draft together are over the limit. */
        DRAFT_FULL
    }

    private final Reason reason;

    public DocumentRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
