package vn.dvc.kiosk.payment;

/** How a resident pays online. */
public enum PaymentMethod {
    /** A NAPAS 247 transfer from any Vietnamese banking app, by scanning a VietQR code. */
    VIETQR,
    /** The VNPay payment gateway (cards, banking apps, VNPay QR), v2.1.0. */
    VNPAY
}
