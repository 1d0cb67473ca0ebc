package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.kiosk.health.HeartbeatSignature.Verdict;

/** The heartbeat's signature header: made with the JDK's own HMAC here, so the test does not trust the code. */
class HeartbeatSignatureTest {

    private static final String SECRET = "province-secret-0123456789abcdefghij";
    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    private static final byte[] BODY = "{\"kioskId\":\"KIOSK-00070-01\"}".getBytes(StandardCharsets.UTF_8);

    private static String jdkHeader(String secret, long t, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void theHeaderIsTheHmacOfTimeDotBody() throws Exception {
        assertThat(HeartbeatSignature.header(SECRET, NOW, BODY))
                .isEqualTo(jdkHeader(SECRET, NOW.getEpochSecond(), BODY));
    }

    @Test
    void aGoodSignatureIsValidAndUpperCaseHexToo() throws Exception {
        String header = HeartbeatSignature.header(SECRET, NOW, BODY);
        assertThat(HeartbeatSignature.check(SECRET, header, BODY, NOW)).isEqualTo(Verdict.VALID);
        assertThat(HeartbeatSignature.check(SECRET, header, BODY, NOW.plusSeconds(299))).isEqualTo(Verdict.VALID);
        String upper = header.substring(0, header.indexOf("v1=") + 3)
                + header.substring(header.indexOf("v1=") + 3).toUpperCase();
        assertThat(HeartbeatSignature.check(SECRET, upper, BODY, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aTamperedBodyIsForged() {
        String header = HeartbeatSignature.header(SECRET, NOW, BODY);
        byte[] tampered = "{\"kioskId\":\"KIOSK-00070-02\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(HeartbeatSignature.check(SECRET, header, tampered, NOW)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aTamperedTimeIsForged() {
        String header = HeartbeatSignature.header(SECRET, NOW.minus(Duration.ofHours(1)), BODY);
        // a replayer who moves the time forward breaks the signature
        String moved = header.replace("t=" + NOW.minus(Duration.ofHours(1)).getEpochSecond(),
                "t=" + NOW.getEpochSecond());
        assertThat(HeartbeatSignature.check(SECRET, moved, BODY, NOW)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void anotherSecretIsForged() {
        String header = HeartbeatSignature.header("another-secret-0123456789abcdefghij", NOW, BODY);
        assertThat(HeartbeatSignature.check(SECRET, header, BODY, NOW)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aSignatureOlderOrNewerThanFiveMinutesIsStale() {
        String old = HeartbeatSignature.header(SECRET, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1), BODY);
        assertThat(HeartbeatSignature.check(SECRET, old, BODY, NOW)).isEqualTo(Verdict.STALE);
        String future = HeartbeatSignature.header(SECRET, NOW.plus(Duration.ofMinutes(6)), BODY);
        assertThat(HeartbeatSignature.check(SECRET, future, BODY, NOW)).isEqualTo(Verdict.STALE);
        String edge = HeartbeatSignature.header(SECRET, NOW.minus(Duration.ofMinutes(5)), BODY);
        assertThat(HeartbeatSignature.check(SECRET, edge, BODY, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aMalformedOrMissingHeaderIsMalformed() {
        String good = HeartbeatSignature.header(SECRET, NOW, BODY);
        String hex = good.substring(good.indexOf("v1=") + 3);
        for (String header : new String[] {null, "", "sha256=" + hex, "v1=" + hex + ",t=" + NOW.getEpochSecond(),
                "t=abc,v1=" + hex, "t=" + NOW.getEpochSecond() + ",v1=" + hex.substring(2),
                "t=" + NOW.getEpochSecond() + ",v1=" + hex + "00", "t=-5,v1=" + hex,
                "t=" + NOW.getEpochSecond() + ",v1=" + "z".repeat(64)}) {
            assertThat(HeartbeatSignature.check(SECRET, header, BODY, NOW)).as(String.valueOf(header))
                    .isEqualTo(Verdict.MALFORMED);
        }
    }
}
