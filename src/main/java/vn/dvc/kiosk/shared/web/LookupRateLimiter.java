package vn.dvc.kiosk.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many look-ups by dossier code and ID digits one client may make in a window, so that codes (which count up
 * daily) and the 10,000 possible digits cannot be tried one after another. Per client address, in memory: each app
 * node counts its own, which only makes the limit looser by the number of nodes.
 */
@Component
public class LookupRateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    LookupRateLimiter(@Value("${kiosk.tracking.lookups-per-window:10}") int limit,
            @Value("${kiosk.tracking.lookup-window:10m}") Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one attempt by this client; false when it is over the limit (the attempt must then not be made). */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Deque<Instant> times = attempts.computeIfAbsent(client == null ? "?" : client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Gives a client its full allowance back (e.g. a help-desk officer unblocking a kiosk). */
    public void forget(String client) {
        attempts.remove(client == null ? "?" : client);
    }

    public Duration window() {
        return window;
    }
}
