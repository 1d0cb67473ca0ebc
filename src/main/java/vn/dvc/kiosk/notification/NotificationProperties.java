package vn.dvc.kiosk.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kiosk.notification.*}: see application.yml. */
@ConfigurationProperties("kiosk.notification")
record NotificationProperties(@DefaultValue Delivery delivery, @DefaultValue Http sms, @DefaultValue Http zalo,
        @DefaultValue("") String mailFrom) {

    /**
     * @param interval     how often the worker looks for due messages
     * @param maxAttempts  attempts before a message is marked FAILED
     * @param firstBackoff the wait after the first failure; doubled after each further one, up to maxBackoff
     */
    record Delivery(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
            @DefaultValue("16") int maxAttempts, @DefaultValue("30s") Duration firstBackoff,
            @DefaultValue("1h") Duration maxBackoff, @DefaultValue("50") int batchSize) {
    }

    /** An HTTP gateway: JSON posted to {@code url} with {@code Authorization: Bearer token}. Empty url: not used. */
    record Http(@DefaultValue("") String url, @DefaultValue("") String token, @DefaultValue("10s") Duration timeout) {

        boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    Duration backoffAfter(int failedAttempts) {
        Duration wait = delivery.firstBackoff();
        for (int i = 1; i < failedAttempts && wait.compareTo(delivery.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(delivery.maxBackoff()) > 0 ? delivery.maxBackoff() : wait;
    }
}
