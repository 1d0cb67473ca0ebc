package vn.dvc.kiosk.shared.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text rules shared by every feature: what we store (NFC) and how we compare (folded).
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** Text as it is stored: Unicode NFC, so "ế" typed as e + two combining marks equals the precomposed one. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The search key: lower case, tone marks and diacritics removed, punctuation to spaces, runs of spaces collapsed.
     * "đ" is not a base letter plus a mark in Unicode, so it is mapped to "d" explicitly.
     */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                lastWasSpace = false;
            } else if (c == '.' && i > 0 && i + 1 < decomposed.length()
                    && Character.isDigit(decomposed.charAt(i - 1)) && Character.isDigit(decomposed.charAt(i + 1))) {
                out.append('.'); // keeps procedure codes such as 1.001193 searchable as one word
            } else if (!lastWasSpace) {
                out.append(' ');
                lastWasSpace = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text, in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
