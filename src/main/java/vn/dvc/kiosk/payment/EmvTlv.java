package vn.dvc.kiosk.payment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EMVCo QR data objects (merchant-presented mode): each is a 2-digit tag, a 2-digit decimal length and that many
 * characters of value; a template's value is itself a run of such objects. Values are printable ASCII here, so a
 * length in characters is also a length in bytes (the NAPAS VietQR fields we write are all ASCII).
 *
 * <pre>{@code new EmvTlv().add("00", "01").add("53", "704").toString()  // "000201" + "5303704"}</pre>
 */
public final class EmvTlv {

    /** The longest value a 2-digit length can announce. */
    public static final int MAX_VALUE_LENGTH = 99;

    private final StringBuilder text = new StringBuilder();

    /** Appends one data object. */
    public EmvTlv add(String tag, String value) {
        text.append(field(tag, value));
        return this;
    }

    /** Appends one template: a data object whose value is the given objects. */
    public EmvTlv add(String tag, EmvTlv template) {
        return add(tag, template.toString());
    }

    /** The objects written so far, in order. */
    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * One data object: tag, length, value.
     *
     * @throws IllegalArgumentException when the tag is not two digits, or the value is empty, longer than 99
     *                                  characters or not printable ASCII
     */
    public static String field(String tag, String value) {
        if (tag == null || !tag.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("An EMVCo tag is two digits, not \"" + tag + "\"");
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Tag " + tag + " needs a value (leave an empty field out)");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("Tag " + tag + " is " + value.length()
                    + " characters long; a 2-digit length allows at most " + MAX_VALUE_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("Tag " + tag + " must be printable ASCII; found U+"
                        + String.format("%04X", (int) c) + " at " + i);
            }
        }
        return tag + (value.length() < 10 ? "0" : "") + value.length() + value;
    }

    /**
     * Reads a run of data objects (a whole payload or a template's value) into tag → value, in order.
     *
     * @throws IllegalArgumentException when the text is not exactly a run of well-formed objects, or a tag repeats
     */
    public static Map<String, String> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No EMVCo data to read");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            if (at + 4 > text.length()) {
                throw new IllegalArgumentException("Truncated data object at " + at + ": \"" + text.substring(at) + "\"");
            }
            String tag = text.substring(at, at + 2);
            String length = text.substring(at + 2, at + 4);
            if (!tag.matches("[0-9]{2}") || !length.matches("[0-9]{2}")) {
                throw new IllegalArgumentException("Malformed tag or length \"" + tag + length + "\" at " + at);
            }
            int end = at + 4 + Integer.parseInt(length);
            if (end > text.length()) {
                throw new IllegalArgumentException("Tag " + tag + " announces " + length + " characters but only "
                        + (text.length() - at - 4) + " remain");
            }
            if (fields.putIfAbsent(tag, text.substring(at + 4, end)) != null) {
                throw new IllegalArgumentException("Tag " + tag + " appears twice");
            }
            at = end;
        }
        return Collections.unmodifiableMap(fields);
    }
}
