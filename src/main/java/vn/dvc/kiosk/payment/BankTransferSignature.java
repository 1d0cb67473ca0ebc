package vn.dvc.kiosk.payment;

import vn.dvc.kiosk.shared.text.HmacSha256;

/**
 * The checksum of a bank transfer notice: HMAC-SHA256 of the exact bytes of the request body with the shared secret
 * ({@code kiosk.payment.bank-transfer.secret}), 64 lower-case hex digits, in the {@value #HEADER} header. The body is
 * signed as sent, so no re-serialisation can change what was signed.
 */
public final class BankTransferSignature {

    public static final String HEADER = "X-Kiosk-Signature";

    private BankTransferSignature() {
    }

    public static String sign(String secret, byte[] body) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("No bank transfer secret is configured");
        }
        return HmacSha256.hex(secret, body);
    }

    /** Compared in constant time; either case of hex is accepted. False without a secret, body or signature. */
    public static boolean verify(String secret, byte[] body, String signature) {
        return HmacSha256.matches(secret, body, signature);
    }
}
