package vn.dvc.kiosk.notification;

import org.springframework.stereotype.Component;

/**
 * The built-in channel of the demo run: the message stays in notification_message, marked delivered via MAILBOX,
 * and the admin page shows it. Used for every channel whose adapter is not configured.
 */
@Component
class MailboxChannel implements NotificationChannel {

    @Override
    public Channel channel() {
        return Channel.MAILBOX;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public void send(OutgoingMessage message) {
        // stored already: marking it SENT via MAILBOX is the delivery
    }
}
