package vn.dvc.kiosk.payment;

/**
 * What a payment notification did, and the answer the gateway gets (VNPay's RspCode; 99 is never stored, since it
 * means nothing could be written).
 */
enum NotificationOutcome {
    /** A pending order is paid. */
    CONFIRMED("00"),
    /** A pending order failed (cancelled, declined). */
    FAILED("00"),
    /** An expired order, or one switched to the counter, was paid after all: the money arrived, so it counts. */
    PAID_LATE("00"),
    /** Money arrived for a dossier already paid by another order: acknowledged, flagged for a refund. */
    PAID_TWICE("00"),
    UNKNOWN_ORDER("01"),
    /** The order was already paid or failed, or it is closed and this was not a payment: nothing changes. */
    ALREADY_FINAL("02"),
    /** The transaction number already paid another order: nothing is paid, the order is flagged. */
    DUPLICATE_TRANSACTION("02"),
    /** Signed, but for another amount than the order's: nothing is paid, the order is flagged. */
    AMOUNT_MISMATCH("04"),
    BAD_SIGNATURE("97");

    private final String rspCode;

    NotificationOutcome(String rspCode) {
        this.rspCode = rspCode;
    }

    String rspCode() {
        return rspCode;
    }
}
