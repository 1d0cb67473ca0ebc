package vn.dvc.kiosk.dossier;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret in a dossier's public tracking link: unguessable, unlike the dossier code, which counts up daily. */
final class TrackingTokens {

    /** 144 random bits: 24 base64url characters, none of them padding. */
    private static final int RANDOM_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    static final String SHAPE = "[A-Za-z0-9_-]{22,64}";

    private TrackingTokens() {
    }

    static String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    /** Whether a string could be a token at all, so that junk from a URL never reaches the database. */
    static boolean looksLikeOne(String token) {
        return token != null && token.matches(SHAPE);
    }
}
