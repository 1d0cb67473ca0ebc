package vn.dvc.kiosk.notification;

/** One message as an adapter sends it. */
record OutgoingMessage(long id, Channel channel, String dossierCode, String recipient, String subject, String body) {
}
