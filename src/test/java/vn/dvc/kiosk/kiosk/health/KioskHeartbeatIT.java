package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.kiosk.CameraSettings;
import vn.dvc.kiosk.kiosk.HealthSettings;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.ReceiptPrintResult;
import vn.dvc.kiosk.kiosk.ReceiptPrinter;
import vn.dvc.kiosk.kiosk.ServerSettings;
import vn.dvc.kiosk.kiosk.ThermalReceipt;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Heartbeats over real HTTP into the running app with its real MariaDB, signed by the test; and the sender itself,
 * with this app standing in for the province server (over plain http: the profile would insist on https, so the
 * sender is given a profile made here rather than the app's checked one).
 */
@KioskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class KioskHeartbeatIT {

    @LocalServerPort
    int port;

    @Autowired
    KioskHealth health;

    @Autowired
    HeartbeatJson json;

    @Autowired
    KioskProfile appProfile;

    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String newKioskId() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String secret() {
        return appProfile.health().secret();
    }

    private static String body(String kioskId, String camera, String printer) {
        return body(kioskId, camera, printer, "2026-12-07T05:00:00Z");
    }

    private static String body(String kioskId, String camera, String printer, String sentAt) {
        return "{\"kioskId\":\"" + kioskId + "\",\"communeCode\":\"00070\",\"sentAt\":\"" + sentAt + "\","
                + "\"camera\":\"" + camera + "\",\"printer\":\"" + printer + "\","
                + "\"lastUseAt\":\"2026-12-07T04:50:00Z\",\"appVersion\":\"0.1.0-SNAPSHOT\"}";
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + HeartbeatController.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(HeartbeatSignature.HEADER, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sign(String body, Instant at) {
        return HeartbeatSignature.header(secret(), at, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedHeartbeatIsStoredAndTheNextOneReplacesIt() throws Exception {
        String kiosk = newKioskId();
        String first = body(kiosk, "OK", "PAPER_LOW");

        HttpResponse<String> response = post(first, sign(first, clock.instant()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"recorded\"}");
        KioskReport stored = health.report(kiosk).orElseThrow();
        assertThat(stored.heartbeat()).isEqualTo(new KioskHeartbeat(kiosk, "00070",
                Instant.parse("2026-12-07T05:00:00Z"), CameraState.OK, PrinterStatus.PAPER_LOW,
                Instant.parse("2026-12-07T04:50:00Z"), "0.1.0-SNAPSHOT"));
        assertThat(stored.lastSeenAt()).isCloseTo(clock.instant(), within(Duration.ofSeconds(30)));

        String second = body(kiosk, "MISSING", "OFFLINE", "2026-12-07T05:01:00Z");
        assertThat(post(second, sign(second, clock.instant())).statusCode()).isEqualTo(200);

        KioskReport replaced = health.report(kiosk).orElseThrow();
        assertThat(replaced.heartbeat().camera()).isEqualTo(CameraState.MISSING);
        assertThat(replaced.heartbeat().printer()).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(replaced.firstSeenAt()).isEqualTo(stored.firstSeenAt());
        assertThat(health.reports()).filteredOn(r -> r.heartbeat().kioskId().equals(kiosk)).hasSize(1);
    }

    @Test
    void aReplayedForgedOrUnsignedHeartbeatIsRefusedAndNothingIsStored() throws Exception {
        String kiosk = newKioskId();
        String body = body(kiosk, "OK", "OK");

        HttpResponse<String> replay = post(body, sign(body, clock.instant().minus(Duration.ofMinutes(6))));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).isEqualTo("{\"error\":\"stale timestamp\"}");

        String forgedSignature = HeartbeatSignature.header("NOT-THE-PROVINCE-SECRET-0123456789abcdef",
                clock.instant(), body.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> forged = post(body, forgedSignature);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).isEqualTo("{\"error\":\"invalid signature\"}");

        // signed for another body: the printer said OK, someone changed it on the way
        HttpResponse<String> altered = post(body(kiosk, "OK", "PAPER_OUT"), sign(body, clock.instant()));
        assertThat(altered.statusCode()).isEqualTo(401);

        HttpResponse<String> unsigned = post(body, null);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).isEqualTo("{\"error\":\"missing or malformed signature\"}");

        assertThat(health.report(kiosk)).isEmpty();
    }

    @Test
    void aHeartbeatReplayedWithinTheFiveMinutesChangesNothing() throws Exception {
        String kiosk = newKioskId();
        String body = body(kiosk, "OK", "OK");
        String signature = sign(body, clock.instant());
        assertThat(post(body, signature).statusCode()).isEqualTo(200);
        KioskReport first = health.report(kiosk).orElseThrow();

        HttpResponse<String> replay = post(body, signature);

        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(replay.body()).isEqualTo("{\"error\":\"not newer than the last heartbeat\"}");
        assertThat(health.report(kiosk)).contains(first);
    }

    @Test
    void aSignedHeartbeatWithAnUnknownStateOrBadIdIsABadRequest() throws Exception {
        String kiosk = newKioskId();
        String unknownState = body(kiosk, "OK", "ON_FIRE");
        HttpResponse<String> response = post(unknownState, sign(unknownState, clock.instant()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"error\":\"printer missing or unknown");

        String badId = body("../" + kiosk, "OK", "OK");
        assertThat(post(badId, sign(badId, clock.instant())).statusCode()).isEqualTo(400);
        assertThat(health.report(kiosk)).isEmpty();
    }

    @Test
    void aProvinceKioskPostsItsSignedHeartbeatToTheProvinceServer(CapturedOutput output) {
        String kiosk = newKioskId();
        HeartbeatSender sender = sender(kiosk, ServerSettings.Mode.PROVINCE, secret());

        assertThat(sender.send()).isTrue();

        KioskHeartbeat stored = health.report(kiosk).orElseThrow().heartbeat();
        assertThat(stored.communeCode()).isEqualTo("00070");
        assertThat(stored.printer()).isEqualTo(PrinterStatus.PAPER_LOW);
        assertThat(stored.camera()).isEqualTo(CameraState.NOT_CONFIGURED);
        assertThat(stored.appVersion()).isEqualTo("9.9.9-it");
        assertThat(stored.lastUseAt()).isNull();
    }

    @Test
    void aKioskWithTheWrongSecretIsRefusedAndSaysSoOncePerOutage(CapturedOutput output) {
        String kiosk = newKioskId();
        HeartbeatSender sender = sender(kiosk, ServerSettings.Mode.PROVINCE,
                "A-SECRET-THE-PROVINCE-DOES-NOT-KNOW-0123456789");

        assertThat(sender.send()).isFalse();
        assertThat(sender.send()).isFalse();
        assertThat(sender.send()).isFalse();

        assertThat(health.report(kiosk)).isEmpty();
        assertThat(output.getAll().lines().filter(line -> line.contains("Kiosk heartbeat not delivered")))
                .singleElement().satisfies(line -> assertThat(line).contains("WARN").contains("HTTP 401"));
    }

    @Test
    void aLocalKioskRecordsItsHeartbeatInItsOwnDatabase() {
        String kiosk = newKioskId();
        HeartbeatSender sender = sender(kiosk, ServerSettings.Mode.LOCAL, null);

        assertThat(sender.send()).isTrue();

        assertThat(health.report(kiosk)).isPresent();
    }

    private HeartbeatSender sender(String kioskId, ServerSettings.Mode mode, String secret) {
        ServerSettings server = mode == ServerSettings.Mode.LOCAL ? ServerSettings.local()
                : new ServerSettings(mode, URI.create("http://localhost:" + port + "/"));
        KioskProfile kiosk = new KioskProfile(kioskId, "00070", List.of("vi", "en"), Duration.ofSeconds(120),
                Duration.ofSeconds(30), new CameraSettings(CameraSettings.Source.NONE, "", 1280, 720),
                new PrinterSettings(PrinterSettings.Type.ESCPOS_DEVICE, "/dev/usb/lp0", null, 80), Set.of(), 80,
                server, new HealthSettings(Duration.ofSeconds(60), Duration.ofMinutes(10), secret));
        ThisKiosk thisKiosk = new ThisKiosk(kiosk, new PaperLowPrinter(), clock, new CameraCheck(), "9.9.9-it");
        return new HeartbeatSender(kiosk, thisKiosk, health, json, clock);
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toSeconds(),
                java.time.temporal.ChronoUnit.SECONDS);
    }

    /** A printer whose roll is running out. */
    private static final class PaperLowPrinter implements ReceiptPrinter {
        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public PrinterStatus status() {
            return PrinterStatus.PAPER_LOW;
        }

        @Override
        public ReceiptPrintResult print(ThermalReceipt receipt) {
            throw new UnsupportedOperationException("not printed in this test");
        }
    }
}
