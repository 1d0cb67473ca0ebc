package vn.dvc.kiosk.notification;

/** Where a message goes. MAILBOX is the built-in one: stored and shown on the admin page, nothing leaves the app. */
enum Channel {
    SMS, EMAIL, ZALO, MAILBOX
}
