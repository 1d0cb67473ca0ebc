package vn.dvc.kiosk.payment;

/** Where what we know about a transaction came from. */
enum NotificationSource {
    /** The gateway called us (VNPay's IPN). */
    IPN,
    /** The bank notified a credit to the desk's account (a VietQR transfer). */
    TRANSFER,
    /** Our reconciliation asked the gateway (VNPay's querydr) about an order still pending. */
    QUERY
}
