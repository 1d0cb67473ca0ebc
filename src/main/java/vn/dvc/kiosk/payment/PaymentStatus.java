package vn.dvc.kiosk.payment;

/**
 * Where a payment order stands. {@code PENDING -> PAID | FAILED | EXPIRED}, or {@code AT_COUNTER} when the resident
 * chose to pay at the counter instead. A successful notification that arrives late still turns an {@code EXPIRED} or
 * {@code AT_COUNTER} order into {@code PAID}: the money has moved. {@code PAID} and {@code FAILED} never change.
 */
public enum PaymentStatus {
    PENDING,
    PAID,
    /** The gateway reported an unsuccessful transaction (cancelled, declined, ...). */
    FAILED,
    /** Nobody paid before the order's expiry, or a newer order replaced it. */
    EXPIRED,
    AT_COUNTER
}
