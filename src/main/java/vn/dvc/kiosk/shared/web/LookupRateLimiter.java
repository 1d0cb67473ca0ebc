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

    /** Above this many clients, each try first drops the idle ones. */
    private static final int SWEEP_ABOVE = 1_000;

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

    /** A limiter of its own for another kind of attempt (e.g. unsigned payment notifications), not a bean. */
    public static LookupRateLimiter perClient(int limit, Duration window, Clock clock) {
        return new LookupRateLimiter(limit, window, clock);
    }

    /** Counts one attempt by this client; false when it is over the limit (the attempt must then not be made). */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (attempts.size() > SWEEP_ABOVE) {
            forgetIdleClients(now);
        }
        boolean[] allowed = {false};
        // compute() holds the client's entry while it counts
        attempts.compute(client == null ? "?" : client, (key, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() < limit) {
                recent.addLast(now);
                allowed[0] = true;
            }
            return recent;
        });
        return allowed[0];
    }

    /** Clients whose last try has left the window are dropped, so the map holds only recent clients. */
    private void forgetIdleClients(Instant now) {
        for (String client : attempts.keySet()) {
            attempts.computeIfPresent(client, (key, times) ->
                    times.isEmpty() || !times.peekLast().isAfter(now.minus(window)) ? null : times);
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
