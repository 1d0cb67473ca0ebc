package vn.dvc.kiosk.catalog;

/** How far a procedure can be done online (Decree 42/2022). */
public enum OnlineMode {
    /** Toàn trình: everything online, fee included; result online or by public post. */
    FULL,
    /** Một phần: filed online, but something is done in person (pay, collect, sign). */
    PARTIAL,
    /** Counter only: the kiosk explains the procedure and where to go. */
    NONE;

    public boolean canFileOnline() {
        return this != NONE;
    }
}
