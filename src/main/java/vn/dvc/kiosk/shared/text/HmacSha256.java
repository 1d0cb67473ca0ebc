package vn.dvc.kiosk.shared.text;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 as 64 lower-case hex digits, and the constant-time comparison of a signature someone sent: the
 * machine endpoints that prove their callers by a shared secret (the bank's credit notices, the kiosks' heartbeats)
 * sign and check the same way.
 */
public final class HmacSha256 {

    private HmacSha256() {
    }

    /** The signature of these exact bytes; the secret must not be empty. */
    public static String hex(String secret, byte[] content) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("No secret to sign with");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Whether the given hex signature is the one of these bytes, compared in constant time (a timing difference must
     * not tell a forger how many leading digits were right); either case of hex is accepted. False without a secret,
     * content or signature.
     */
    public static boolean matches(String secret, byte[] content, String signature) {
        if (secret == null || secret.isEmpty() || content == null || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = hex(secret, content).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
