/**
 * Tells residents about their dossiers (SMS, e-mail, Zalo, or the built-in mailbox of the demo). Listens to the
 * dossier module's events; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.dvc.kiosk.notification;
