package vn.dvc.kiosk.kiosk.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.ServerSettings;

/**
 * On a kiosk, every {@code kiosk.health.interval} (first beat 15 s after start): a LOCAL kiosk records its heartbeat
 * in its own database; a PROVINCE kiosk posts it, signed, to {@code {kiosk.server.url}/api/kiosk-heartbeats}. Does
 * nothing on a plain server. A failed post is not retried (the next beat comes soon enough) and is logged at WARN
 * once per outage, not every minute; the return of the server is logged at INFO. Nothing escapes to the scheduler.
 */
@Component
class HeartbeatSender {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final KioskProfile profile;
    private final ThisKiosk kiosk;
    private final KioskHealth health;
    private final HeartbeatJson json;
    private final Clock clock;
    private final HttpClient http;
    /** Touched by the one scheduler thread (or a test) only. */
    private boolean failing;
    private boolean toldNoSecret;

    HeartbeatSender(KioskProfile profile, ThisKiosk kiosk, KioskHealth health, HeartbeatJson json, Clock clock) {
        this.profile = profile;
        this.kiosk = kiosk;
        this.health = health;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${kiosk.health.interval:60s}", initialDelayString = "15s")
    void beat() {
        if (!profile.isKiosk()) {
            return;
        }
        send();
    }

    /** Sends one heartbeat now; true when it was recorded. Never throws. */
    synchronized boolean send() {
        try {
            return sendNow();
        } catch (RuntimeException e) {
            return failed("could not be built or stored: " + e.getClass().getSimpleName());
        }
    }

    private boolean sendNow() {
        KioskHeartbeat heartbeat = kiosk.heartbeat();
        if (profile.server().mode() == ServerSettings.Mode.LOCAL) {
            return health.record(heartbeat) ? succeeded() : failed("not newer than the last one: clock set back?");
        }
        if (!profile.health().hasSecret()) {
            if (!toldNoSecret) {
                toldNoSecret = true;
                log.warn("Kiosk heartbeats are not sent: kiosk.health.secret (KIOSK_HEALTH_SECRET) is not set; the "
                        + "province's admin screen will show this kiosk as silent");
            }
            return false;
        }
        byte[] body = json.write(heartbeat);
        URI target = URI.create(profile.server().url().toString().replaceAll("/+$", "")
                + HeartbeatController.PATH);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(HeartbeatSignature.HEADER, HeartbeatSignature.header(profile.health().secret(),
                        clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return succeeded();
            }
            String answer = response.body() == null ? "" : response.body();
            return failed("answered HTTP " + response.statusCode() + " "
                    + answer.substring(0, Math.min(answer.length(), 120)));
        } catch (IOException e) {
            return failed("unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    private boolean succeeded() {
        if (failing) {
            failing = false;
            log.info("Kiosk heartbeats are getting through again");
        }
        return true;
    }

    private boolean failed(String why) {
        if (!failing) {
            failing = true;
            log.warn("Kiosk heartbeat not delivered ({}); said once until one gets through again", why);
        } else {
            log.debug("Kiosk heartbeat still not delivered ({})", why);
        }
        return false;
    }
}
