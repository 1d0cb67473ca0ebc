package vn.dvc.kiosk.kiosk.health;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.kiosk.KioskProfile;

/**
 * The province server's side of the heartbeats: size, signature, time, then content, in that order, so that nothing
 * unsigned is ever parsed beyond its length; last, a heartbeat not newer than the kiosk's last one is refused (409),
 * which stops a replay inside the signature's 5 minutes. Each refusal is answered with a short JSON reason and logged at WARN
 * with that reason only (a heartbeat has no personal data, but a forged one may carry anything).
 */
@Component
class HeartbeatReception {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatReception.class);

    /** An answer: the HTTP status and a short JSON body. */
    record Answer(HttpStatus status, String json) {

        static Answer error(HttpStatus status, String reason) {
            return new Answer(status, "{\"error\":\"" + reason + "\"}");
        }
    }

    static final Answer RECORDED = new Answer(HttpStatus.OK, "{\"status\":\"recorded\"}");

    private final KioskProfile profile;
    private final HeartbeatJson json;
    private final KioskHealth health;
    private final Clock clock;
    private final AtomicBoolean toldNotConfigured = new AtomicBoolean();

    HeartbeatReception(KioskProfile profile, HeartbeatJson json, KioskHealth health, Clock clock) {
        this.profile = profile;
        this.json = json;
        this.health = health;
        this.clock = clock;
    }

    Answer receive(byte[] body, String signature) {
        if (!profile.health().hasSecret()) {
            // said once at WARN: every kiosk of the province would otherwise repeat it every minute
            if (toldNotConfigured.compareAndSet(false, true)) {
                log.warn("A kiosk heartbeat arrived but kiosk.health.secret (KIOSK_HEALTH_SECRET) is not set on this "
                        + "server: every heartbeat is answered 503 until it is");
            }
            return Answer.error(HttpStatus.SERVICE_UNAVAILABLE, "not configured");
        }
        if (body.length > HeartbeatJson.MAX_BYTES) {
            log.warn("Kiosk heartbeat refused: body of {} bytes is larger than {}", body.length,
                    HeartbeatJson.MAX_BYTES);
            return Answer.error(HttpStatus.CONTENT_TOO_LARGE, "too large");
        }
        HeartbeatSignature.Verdict verdict = HeartbeatSignature.check(profile.health().secret(), signature, body,
                clock.instant());
        switch (verdict) {
            case MALFORMED -> {
                log.warn("Kiosk heartbeat refused: no {} header of the form t=<seconds>,v1=<hex>",
                        HeartbeatSignature.HEADER);
                return Answer.error(HttpStatus.UNAUTHORIZED, "missing or malformed signature");
            }
            case FORGED -> {
                log.warn("Kiosk heartbeat refused: its signature does not match (wrong secret, or altered)");
                return Answer.error(HttpStatus.UNAUTHORIZED, "invalid signature");
            }
            case STALE -> {
                log.warn("Kiosk heartbeat refused: signed more than {} min away from this server's clock (a replay, "
                        + "or the kiosk's clock is wrong)", HeartbeatSignature.TOLERANCE.toMinutes());
                return Answer.error(HttpStatus.UNAUTHORIZED, "stale timestamp");
            }
            case VALID -> {
                // read below
            }
        }
        KioskHeartbeat heartbeat;
        try {
            heartbeat = json.read(body);
        } catch (HeartbeatJson.Invalid invalid) {
            log.warn("Kiosk heartbeat refused: signed, but {}", invalid.getMessage());
            return Answer.error(HttpStatus.BAD_REQUEST, invalid.getMessage());
        }
        if (!health.record(heartbeat)) {
            log.warn("Kiosk heartbeat of {} refused: not newer than the last one recorded (a replay, or a retry "
                    + "overtaken by the next heartbeat)", heartbeat.kioskId());
            return Answer.error(HttpStatus.CONFLICT, "not newer than the last heartbeat");
        }
        log.debug("Heartbeat of kiosk {} recorded", heartbeat.kioskId());
        return RECORDED;
    }
}
