package vn.dvc.kiosk.dossier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tracking link a receipt's QR code holds ({@code <tracking base URL>/theo-doi/<token>}): what the kiosk looks
 * for when a resident shows their receipt to its camera. Only the token is taken, so a code pointing elsewhere can
 * never lead the kiosk off the app.
 */
public final class TrackingLinks {

    private static final Pattern LINK = Pattern.compile("^(?:https?://[^/\\s]+)?/theo-doi/(" + TrackingTokens.SHAPE
            + ")/?$");

    private TrackingLinks() {
    }

    /** The token in a scanned receipt code; empty for anything else (an ID card, a bank QR, another site). */
    public static Optional<String> tokenIn(String scanned) {
        if (scanned == null || scanned.length() > 300) {
            return Optional.empty();
        }
        Matcher matcher = LINK.matcher(scanned.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
