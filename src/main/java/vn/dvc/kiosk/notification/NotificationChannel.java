package vn.dvc.kiosk.notification;

/** The port every channel adapter implements. */
interface NotificationChannel {

    Channel channel();

    /** Whether this adapter can deliver (its endpoint or server is set); otherwise its messages go to the mailbox. */
    boolean configured();

    /**
     * Delivers one message, or throws. The exception's message must not carry the recipient or the text: it is
     * stored as the message's last error.
     */
    void send(OutgoingMessage message) throws Exception;
}
