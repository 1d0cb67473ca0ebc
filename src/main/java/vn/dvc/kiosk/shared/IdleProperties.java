package vn.dvc.kiosk.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a kiosk forgets a resident who walked away.
 *
 * @param timeout time without a touch until the visit ends
 * @param warning how long before that the countdown shows (WCAG 2.2.1 asks for at least 20 s)
 */
@ConfigurationProperties("kiosk.idle")
public record IdleProperties(Duration timeout, Duration warning) {

    public IdleProperties {
        timeout = timeout == null ? Duration.ofSeconds(120) : timeout;
        warning = warning == null ? Duration.ofSeconds(30) : warning;
        if (warning.compareTo(Duration.ofSeconds(20)) < 0) {
            throw new IllegalArgumentException("kiosk.idle.warning must give at least 20 s (WCAG 2.2.1): " + warning);
        }
        if (timeout.compareTo(warning) <= 0) {
            throw new IllegalArgumentException("kiosk.idle.timeout must be longer than kiosk.idle.warning");
        }
    }
}
