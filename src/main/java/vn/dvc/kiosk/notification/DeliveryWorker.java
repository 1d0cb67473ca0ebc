package vn.dvc.kiosk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.dvc.kiosk.shared.cluster.WriteConflicts;

/**
 * Sends due messages. A worker first claims a message with one atomic UPDATE ... WHERE status='PENDING' and sends
 * only when it won the claim, so two workers (two app instances on one database) never send a message twice. A
 * failure puts it back to PENDING with an exponential backoff; after max-attempts it is FAILED. A message left in
 * SENDING by a crash mid-send is not retried automatically (it may have gone out): the admin page shows it.
 * On a Galera cluster two nodes' claims of one row both succeed locally and the second to commit fails certification
 * (error 1213): {@link WriteConflicts} runs it again, and it then finds the row SENDING and loses the claim, as on one
 * server. No lease is needed: every node may deliver, each row goes out once.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Map<Channel, NotificationChannel> adapters = new EnumMap<>(Channel.class);

    DeliveryWorker(JdbcTemplate jdbc, NotificationProperties properties, Clock clock,
            List<NotificationChannel> channels) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        channels.forEach(channel -> adapters.put(channel.channel(), channel));
    }

    @Scheduled(fixedDelayString = "${kiosk.notification.delivery.interval:30s}",
            initialDelayString = "${kiosk.notification.delivery.interval:30s}")
    void deliverDue() {
        if (properties.delivery().enabled()) {
            deliverDue(clock.instant());
        }
    }

    /** @return how many messages this call delivered */
    int deliverDue(Instant now) {
        List<Long> due = jdbc.queryForList("""
                select id from notification_message where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id limit ?""", Long.class, Timestamp.from(now),
                properties.delivery().batchSize());
        int delivered = 0;
        for (Long id : due) {
            if (claim(id, now) && deliver(id, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean claim(long id, Instant now) {
        return WriteConflicts.retry("Claiming message " + id, () -> jdbc.update(
                "update notification_message set status = 'SENDING', claimed_at = ? where id = ? and status = 'PENDING'",
                Timestamp.from(now), id)) == 1;
    }

    private boolean deliver(long id, Instant now) {
        Map<String, Object> row = jdbc.queryForMap("select channel, dossier_code, recipient, subject, body, attempts "
                + "from notification_message where id = ?", id);
        Channel channel = Channel.valueOf((String) row.get("channel"));
        NotificationChannel adapter = adapters.get(channel);
        if (adapter == null || !adapter.configured()) {
            adapter = adapters.get(Channel.MAILBOX);
        }
        OutgoingMessage message = new OutgoingMessage(id, channel, (String) row.get("dossier_code"),
                (String) row.get("recipient"), (String) row.get("subject"), (String) row.get("body"));
        int attempts = ((Number) row.get("attempts")).intValue() + 1;
        try {
            adapter.send(message);
        } catch (Exception failure) {
            // the adapters' own refusals say only the channel and the HTTP status; other exceptions (SMTP's name the
            // addresses) are stored by their type alone: no personal data in last_error
            String error = failure instanceof GatewayRefused ? failure.getMessage()
                    : failure.getClass().getSimpleName();
            error = error.length() > 500 ? error.substring(0, 500) : error;
            boolean giveUp = attempts >= properties.delivery().maxAttempts();
            Instant next = now.plus(properties.backoffAfter(attempts));
            String failedError = error;
            WriteConflicts.retry("Recording message " + id + " failed", () -> jdbc.update(
                    "update notification_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                    + "claimed_at = null where id = ?", giveUp ? "FAILED" : "PENDING", attempts,
                    Timestamp.from(next), failedError, id));
            log.warn("{} message {} of dossier {} failed (attempt {}){}: {}", channel, id, message.dossierCode(),
                    attempts, giveUp ? ", giving up" : "", failure.getClass().getSimpleName());
            return false;
        }
        String via = adapter.channel().name();
        WriteConflicts.retry("Recording message " + id + " sent", () -> jdbc.update(
                "update notification_message set status = 'SENT', attempts = ?, sent_at = ?, delivered_via = ?, "
                + "last_error = null where id = ?", attempts, Timestamp.from(clock.instant()), via, id));
        return true;
    }
}
