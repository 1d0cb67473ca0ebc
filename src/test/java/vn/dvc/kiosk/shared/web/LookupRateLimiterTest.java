package vn.dvc.kiosk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LookupRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-22T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientGetsItsAttemptsPerWindowAndThenWaits() {
        HandClock clock = new HandClock();
        LookupRateLimiter limiter = new LookupRateLimiter(3, Duration.ofMinutes(10), clock);

        assertThat(limiter.tryAcquire("10.0.0.7")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.7")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.7")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.7")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.8")).as("another client").isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(limiter.tryAcquire("10.0.0.7")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("10.0.0.7")).as("the first three have left the window").isTrue();
    }

    @Test
    void refusedAttemptsDoNotCountAgainstTheClient() {
        HandClock clock = new HandClock();
        LookupRateLimiter limiter = new LookupRateLimiter(1, Duration.ofMinutes(1), clock);

        assertThat(limiter.tryAcquire(null)).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire(null)).isFalse();
        }
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire(null)).isTrue();
    }
}
