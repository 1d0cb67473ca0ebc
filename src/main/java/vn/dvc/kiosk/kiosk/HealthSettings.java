package vn.dvc.kiosk.kiosk;

import java.time.Duration;

/**
 * The kiosks' health reports ({@code kiosk.health.*}), checked at start-up like the rest of the profile.
 *
 * @param interval    how often a kiosk sends its heartbeat (10 s to 1 h)
 * @param silentAfter how long a kiosk may stay unheard before the admin screen flags it (at least twice the
 *                    interval, so one lost heartbeat flags nothing)
 * @param secret      the province's shared HMAC-SHA256 secret ({@code KIOSK_HEALTH_SECRET}, environment only): a
 *                    PROVINCE kiosk signs its heartbeats with it, the province server checks them; null when unset
 */
public record HealthSettings(Duration interval, Duration silentAfter, String secret) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SILENT_AFTER = Duration.ofMinutes(10);

    public static HealthSettings defaults() {
        return new HealthSettings(DEFAULT_INTERVAL, DEFAULT_SILENT_AFTER, null);
    }

    public boolean hasSecret() {
        return secret != null && !secret.isEmpty();
    }

    /** Never prints the secret: profiles are logged and compared in test reports. */
    @Override
    public String toString() {
        return "HealthSettings[interval=" + interval + ", silentAfter=" + silentAfter + ", secret="
                + (hasSecret() ? "(set)" : "(none)") + "]";
    }
}
