package vn.dvc.kiosk.kiosk.health;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvc.kiosk.shared.text.HmacSha256;

/**
 * How a kiosk proves its heartbeat to the province server: header {@value #HEADER} {@code t=<epoch seconds>,v1=<hex>},
 * where hex is HMAC-SHA256, with the province's shared secret ({@code kiosk.health.secret}), of the bytes of
 * {@code t + "." + body}. The body is signed exactly as sent. Signing the time stops a captured heartbeat from being
 * replayed later: the server accepts a time at most {@link #TOLERANCE} away from its own clock, either way (a kiosk's
 * clock may run a little fast).
 */
final class HeartbeatSignature {

    static final String HEADER = "X-Kiosk-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern FORM = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-fA-F]{64})");

    /** What the server makes of a heartbeat's signature. */
    enum Verdict {
        VALID,
        /** No header, or not {@code t=…,v1=…}. */
        MALFORMED,
        /** Well formed, but not made with our secret over this body and time. */
        FORGED,
        /** Genuine but older (or newer) than {@link #TOLERANCE}: a replay, or a kiosk whose clock is far off. */
        STALE
    }

    private HeartbeatSignature() {
    }

    static String header(String secret, Instant at, byte[] body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HmacSha256.hex(secret, signed(t, body));
    }

    /** The signature is checked before the time, so that a forger learns nothing from which answer they get. */
    static Verdict check(String secret, String header, byte[] body, Instant now) {
        Matcher form = header == null ? null : FORM.matcher(header.strip());
        if (form == null || !form.matches()) {
            return Verdict.MALFORMED;
        }
        long t = Long.parseLong(form.group(1));
        if (!HmacSha256.matches(secret, signed(t, body), form.group(2))) {
            return Verdict.FORGED;
        }
        long skew = Math.abs(now.getEpochSecond() - t);
        return skew > TOLERANCE.toSeconds() ? Verdict.STALE : Verdict.VALID;
    }

    private static byte[] signed(long t, byte[] body) {
        byte[] prefix = (t + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }
}
