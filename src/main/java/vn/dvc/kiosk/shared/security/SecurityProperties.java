package vn.dvc.kiosk.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff sessions (OWASP session management): a new session id at sign-in (Spring Security's default), an idle
 * timeout ({@code server.servlet.session.timeout}) and this absolute one, after which a staff member signs in again
 * however busy they were.
 *
 * @param absoluteTimeout how long one staff sign-in lasts at most
 * @param demoAccounts    whether the demo staff accounts (README) are created at start-up
 */
@ConfigurationProperties("kiosk.security")
record SecurityProperties(Duration absoluteTimeout, boolean demoAccounts) {

    SecurityProperties {
        if (absoluteTimeout == null) {
            absoluteTimeout = Duration.ofHours(8);
        }
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.security.absolute-timeout must be positive");
        }
    }
}
