package vn.dvc.kiosk.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNPay v2.1.0 checksums, computed as VNPay's reference code computes them: parameter names sorted, empty values
 * left out, names and values URL-encoded with {@link URLEncoder} in US-ASCII (a space becomes {@code +}), joined as
 * {@code name=value&...}, then HMAC-SHA512 with the terminal's hash secret, in lower-case hex. The same text is the
 * query string of the payment URL. {@code vnp_SecureHash} and {@code vnp_SecureHashType} are never part of it.
 */
public final class VnPaySignature {

    public static final String SECURE_HASH = "vnp_SecureHash";
    public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";
    private static final String PREFIX = "vnp_";

    private VnPaySignature() {
    }

    /** The signed text, which is also the query string (without the hash). */
    public static String hashData(Map<String, String> parameters) {
        StringJoiner data = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (value != null && !value.isEmpty() && !SECURE_HASH.equals(name) && !SECURE_HASH_TYPE.equals(name)) {
                data.add(encode(name) + "=" + encode(value));
            }
        });
        return data.toString();
    }

    /** {@code vnp_SecureHash} for these parameters: 128 lower-case hex digits. */
    public static String sign(String hashSecret, Map<String, String> parameters) {
        return hmacSha512Hex(hashSecret, hashData(parameters));
    }

    /**
     * Whether a request's parameters carry a valid {@code vnp_SecureHash}: recomputed over every {@code vnp_*}
     * parameter except the hash and its type, compared in constant time (either case of hex is accepted). A
     * parameter given twice makes the request invalid, since the signed and the used value could differ.
     */
    public static boolean verify(String hashSecret, Map<String, String[]> parameters) {
        if (hashSecret == null || hashSecret.isEmpty() || parameters == null) {
            return false;
        }
        Map<String, String> signed = new TreeMap<>();
        String received = null;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name == null || !name.startsWith(PREFIX)) {
                continue;
            }
            String[] values = parameter.getValue();
            if (values == null || values.length != 1 || values[0] == null) {
                return false;
            }
            if (SECURE_HASH.equals(name)) {
                received = values[0];
            } else if (!SECURE_HASH_TYPE.equals(name)) {
                signed.put(name, values[0]);
            }
        }
        if (received == null || received.isEmpty()) {
            return false;
        }
        byte[] expected = sign(hashSecret, signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.US_ASCII);
    }

    private static String hmacSha512Hex(String secret, String data) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("No VNPay hash secret is configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA512 is part of every JDK", e);
        }
    }
}
