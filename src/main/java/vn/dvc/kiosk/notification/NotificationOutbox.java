package vn.dvc.kiosk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.dossier.DossierContact;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierStatusChanged;
import vn.dvc.kiosk.dossier.DossierSubmitted;
import vn.dvc.kiosk.dossier.Dossiers;

/**
 * Turns dossier events into messages, one per channel the resident gave (SMS and Zalo for a phone, EMAIL for an
 * e-mail address), stored PENDING for the delivery worker. Each event is handled after its transaction committed, in
 * a transaction of its own, and the event publication registry keeps it until the messages are stored: a crash in
 * between leaves an incomplete publication, resubmitted at the next start. The UNIQUE key on (event_key, channel)
 * makes handling the same event twice harmless.
 */
@Component
class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    private final Dossiers dossiers;
    private final MessageTemplates templates;
    private final NotificationProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationOutbox(Dossiers dossiers, MessageTemplates templates, NotificationProperties properties,
            JdbcTemplate jdbc, Clock clock) {
        this.dossiers = dossiers;
        this.templates = templates;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted submitted) {
        store(submitted.code(), DossierStatus.NEWLY_REGISTERED, null);
    }

    /**
     * A new dossier's first status is told by its {@link DossierSubmitted}: both events come from one transaction,
     * and their listeners run side by side, so storing both would race on the same unique key.
     */
    @ApplicationModuleListener
    void on(DossierStatusChanged changed) {
        if (changed.from() == null) {
            return;
        }
        store(changed.code(), changed.to(), changed.changedAt());
    }

    /**
     * A dossier is registered once: its DossierSubmitted and its DossierStatusChanged(null → NEWLY_REGISTERED) share
     * one key. Later statuses can come back (a second supplement request), so their key has the time of the change.
     */
    static String eventKey(String code, DossierStatus status, Instant changedAt) {
        String key = code + "|" + status.name();
        if (status == DossierStatus.NEWLY_REGISTERED || changedAt == null) {
            return key;
        }
        return key + "|" + changedAt.truncatedTo(ChronoUnit.MICROS);
    }

    void store(String code, DossierStatus status, Instant changedAt) {
        String key = MessageTemplates.keyOf(status).orElse(null);
        if (key == null) {
            return;
        }
        DossierContact contact = dossiers.contactFor(code).orElse(null);
        if (contact == null) {
            log.warn("No dossier {} here: nothing to notify of its status {}", code, status);
            return;
        }
        String eventKey = eventKey(code, status, changedAt);
        if (contact.phone() != null) {
            insert(eventKey, Channel.SMS, contact, status, null, templates.sms(key, contact));
            if (properties.zalo().configured()) {
                insert(eventKey, Channel.ZALO, contact, status, null, templates.text(key, contact,
                        MessageTemplates.VI, contact.lastReason()));
            }
        }
        if (contact.email() != null) {
            insert(eventKey, Channel.EMAIL, contact, status, templates.emailSubject(key, contact),
                    templates.emailBody(key, contact));
        }
    }

    private void insert(String eventKey, Channel channel, DossierContact contact, DossierStatus status,
            String subject, String body) {
        String recipient = channel == Channel.EMAIL ? contact.email() : contact.phone();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("""
                    insert into notification_message (event_key, channel, dossier_code, dossier_status, recipient,
                        subject, body, status, attempts, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""", eventKey, channel.name(), contact.code(),
                    status.name(), recipient, subject, body, now, now);
        } catch (DuplicateKeyException alreadyThere) {
            log.debug("{} message for event {} already stored", channel, eventKey);
        }
    }
}
