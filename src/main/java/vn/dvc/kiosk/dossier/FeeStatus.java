package vn.dvc.kiosk.dossier;

/** Whether a dossier's fee is owed and how it is settled. */
public enum FeeStatus {
    /** No fee, or an amount the officer sets at the counter. */
    NONE,
    /** A fee is due and not paid yet. */
    DUE,
    /** Paid online; confirmed by the payment gateway. */
    PAID,
    /** The resident will pay at the counter. */
    AT_COUNTER
}
