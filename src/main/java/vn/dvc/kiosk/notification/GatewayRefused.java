package vn.dvc.kiosk.notification;

/** A gateway refused a message; the text names the channel and the answer only, never the recipient. */
class GatewayRefused extends RuntimeException {

    GatewayRefused(String message) {
        super(message);
    }
}
