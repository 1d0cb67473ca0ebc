package vn.dvc.kiosk.dossier.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Five drawn faces from a deep frown (1) to a broad smile (5). Drawn here rather than taken from an icon font: the
 * free icon set has only three faces, and an emoji font may be missing on the kiosk's Linux. The words beside each
 * face carry the meaning; the picture only helps those who read slowly.
 */
final class RatingFaces {

    private RatingFaces() {
    }

    /** An SVG data address for score 1..5: the mouth bends down for low scores and up for high ones. */
    static String picture(int score) {
        int bend = (score - 3) * 9; // -18 .. 18: how far the middle of the mouth sits below its corners
        String svg = String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="96" height="96">\
                <circle cx="50" cy="50" r="46" fill="#ffe9a8" stroke="#062c55" stroke-width="5"/>\
                <circle cx="34" cy="40" r="6" fill="#062c55"/><circle cx="66" cy="40" r="6" fill="#062c55"/>\
                <path d="M28 %d Q50 %d 72 %d" fill="none" stroke="#062c55" stroke-width="6" stroke-linecap="round"/>\
                </svg>""", 68 - bend / 3, 68 + bend, 68 - bend / 3);
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
