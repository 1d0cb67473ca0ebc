package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.kiosk.CameraSettings;
import vn.dvc.kiosk.kiosk.HealthSettings;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.ServerSettings;

/** The refusals that need no database: a server without the secret, a body too big to read. */
class HeartbeatReceptionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);

    private static HeartbeatReception reception(String secret) {
        KioskProfile server = new KioskProfile(null, null, List.of("vi"), java.time.Duration.ofSeconds(120),
                java.time.Duration.ofSeconds(30), new CameraSettings(CameraSettings.Source.NONE, "", 1280, 720),
                PrinterSettings.none(), Set.of(), 80, ServerSettings.local(),
                new HealthSettings(HealthSettings.DEFAULT_INTERVAL, HealthSettings.DEFAULT_SILENT_AFTER, secret));
        // no store: none of these answers may reach it
        return new HeartbeatReception(server, new HeartbeatJson(JsonMapper.builder().build()), null, CLOCK);
    }

    @Test
    void aServerWithoutTheSecretAnswersNotConfigured() {
        byte[] body = "{}".getBytes();
        var answer = reception(null).receive(body, HeartbeatSignature.header("x".repeat(32), CLOCK.instant(), body));
        assertThat(answer.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.json()).isEqualTo("{\"error\":\"not configured\"}");
    }

    @Test
    void aBodyTooLargeIsRefusedUnread() {
        String secret = "s".repeat(32);
        byte[] body = new byte[HeartbeatJson.MAX_BYTES + 1];
        var answer = reception(secret).receive(body, HeartbeatSignature.header(secret, CLOCK.instant(), body));
        assertThat(answer.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void aSignedButUnknownStateIsABadRequest() {
        String secret = "s".repeat(32);
        byte[] body = ("{\"kioskId\":\"K1\",\"communeCode\":\"00070\",\"sentAt\":\"2026-12-07T05:00:00Z\","
                + "\"camera\":\"SMOKING\",\"printer\":\"OK\",\"appVersion\":\"1.0\"}").getBytes();
        var answer = reception(secret).receive(body, HeartbeatSignature.header(secret, CLOCK.instant(), body));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.json()).startsWith("{\"error\":\"camera missing or unknown");
    }
}
