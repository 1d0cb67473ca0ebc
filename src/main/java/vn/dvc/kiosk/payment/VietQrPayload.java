package vn.dvc.kiosk.payment;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * A VietQR code's text: NAPAS 247 transfer to a bank account, in the EMVCo merchant-presented QR format that every
 * Vietnamese banking app scans. Fields, in this order:
 * <pre>
 * 00 01                      payload format
 * 01 12 | 11                 dynamic (one payment, with amount) | static (reusable, no amount)
 * 38 { 00 A000000727         NAPAS's identifier
 *      01 { 00 bank BIN      6 digits, the receiving bank
 *           01 account }     1–19 letters or digits
 *      02 QRIBFTTA }         service: transfer to an account
 * 53 704                     currency: VND
 * 54 amount                  whole VND, 1..99,999,999,999 (dynamic only)
 * 58 VN
 * 62 { 08 purpose }          at most 25 characters, left out when empty
 * 63 CRC                     CRC-16/CCITT-FALSE over everything before it including "6304", 4 upper-case hex digits
 * </pre>
 * Lengths are 2-digit decimal ({@link EmvTlv}).
 *
 * <h2>The purpose (tag 62-08)</h2>
 * The bank shows it on both statements, and reconciliation finds the dossier by it, so it carries the dossier code.
 * Banks pass on only plain ASCII, and some drop or mangle punctuation, so a purpose here is made of letters
 * {@code A–Z a–z}, digits, space, {@code .} and {@code -} only (the characters of a dossier code such as
 * {@code 000.17.22.H56-261122-0001}), at most 25 of them. {@link #purposeFor(String, String)} builds one:
 * <ul>
 * <li>Vietnamese is folded to ASCII keeping the case ("Lệ phí Đăng ký" → "Le phi Dang ky"; {@code đ} → {@code d}
 *     as in {@link VietnameseText#fold}); any other character outside the set is dropped, runs of spaces become
 *     one.</li>
 * <li>The code comes first, then a space and the note, when both fit in 25 characters; otherwise the code alone
 *     (a note is never cut in the middle). A code of the usual shape is 25 characters by itself, so in practice the
 *     purpose is just the code.</li>
 * <li>A code longer than 25 characters (a longer unit code, a counter past 9999) keeps its <em>last</em> 25: the
 *     day and the daily counter are at the end and make it unique, while the unit code at the front is the same
 *     for every dossier of that desk, and the receiving account already tells the desk.</li>
 * </ul>
 */
public final class VietQrPayload {

    /** NAPAS's globally unique identifier in tag 38-00. */
    public static final String NAPAS_GUID = "A000000727";
    /** Tag 38-02: a transfer to an account (QRIBFTTC would be to a card number). */
    public static final String SERVICE_TO_ACCOUNT = "QRIBFTTA";
    /** ISO 4217 numeric code of the đồng. */
    public static final String CURRENCY_VND = "704";
    public static final String COUNTRY_VN = "VN";
    public static final int MAX_PURPOSE_LENGTH = 25;
    public static final long MAX_AMOUNT_VND = 99_999_999_999L;

    private static final String DYNAMIC = "12";
    private static final String STATIC = "11";
    private static final Pattern BANK_BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
    private static final Pattern PURPOSE = Pattern.compile("[0-9A-Za-z .\\-]{0," + MAX_PURPOSE_LENGTH + "}");

    private final String bankBin;
    private final String accountNumber;
    private final long amountVnd; // 0: static
    private final String purpose;
    private final String text;

    private VietQrPayload(String bankBin, String accountNumber, long amountVnd, String purpose) {
        this.bankBin = requireBankBin(bankBin);
        this.accountNumber = requireAccountNumber(accountNumber);
        this.amountVnd = amountVnd;
        this.purpose = requirePurpose(purpose);
        this.text = encode();
    }

    /**
     * A one-payment code with its amount: the banking app fills in the amount and purpose and the resident only
     * confirms.
     *
     * @param purpose the transfer's content, already made of allowed characters (see {@link #purposeFor}); may be
     *                empty
     * @throws IllegalArgumentException for a BIN that is not 6 digits, an account that is not 1–19 letters or
     *                                  digits, an amount outside 1..99,999,999,999 VND, or a purpose over 25
     *                                  characters or with other characters
     */
    public static VietQrPayload dynamic(String bankBin, String accountNumber, long amountVnd, String purpose) {
        if (amountVnd < 1 || amountVnd > MAX_AMOUNT_VND) {
            throw new IllegalArgumentException("The amount must be a whole number of đồng from 1 to "
                    + MAX_AMOUNT_VND + ", not " + amountVnd);
        }
        return new VietQrPayload(bankBin, accountNumber, amountVnd, purpose);
    }

    /** A reusable code without an amount (the payer types it). Same rules as {@link #dynamic} otherwise. */
    public static VietQrPayload staticPayload(String bankBin, String accountNumber, String purpose) {
        return new VietQrPayload(bankBin, accountNumber, 0, purpose);
    }

    /**
     * Reads a VietQR text: checks the CRC first, then every field this class writes. Other tags (a merchant name,
     * say) are tolerated and ignored.
     *
     * @throws IllegalArgumentException naming what is wrong: a bad CRC, a malformed object, a field that is not
     *                                  VietQR's (another network, a card transfer, another currency or country),
     *                                  or a value this class would refuse to write
     */
    public static VietQrPayload parse(String text) {
        if (text == null || text.length() < 8 || !text.startsWith("6304", text.length() - 8)) {
            throw new IllegalArgumentException("A VietQR text ends with its CRC, \"6304\" and 4 hex digits");
        }
        String body = text.substring(0, text.length() - 4);
        String expected = Crc16CcittFalse.hex(body);
        if (!expected.equalsIgnoreCase(text.substring(text.length() - 4))) {
            throw new IllegalArgumentException("CRC mismatch: the text says " + text.substring(text.length() - 4)
                    + ", its content gives " + expected + " (damaged or altered)");
        }
        Map<String, String> fields = EmvTlv.parse(text);
        expect(fields, "63", text.substring(text.length() - 4), "CRC (63, the last field)");
        expect(fields, "00", "01", "payload format");
        String method = fields.get("01");
        if (!DYNAMIC.equals(method) && !STATIC.equals(method)) {
            throw new IllegalArgumentException("Tag 01 must be 12 (dynamic) or 11 (static), not " + method);
        }
        Map<String, String> napas = EmvTlv.parse(require(fields, "38", "NAPAS account information"));
        expect(napas, "00", NAPAS_GUID, "NAPAS identifier (38-00)");
        expect(napas, "02", SERVICE_TO_ACCOUNT, "service (38-02)");
        Map<String, String> beneficiary = EmvTlv.parse(require(napas, "01", "beneficiary (38-01)"));
        String bin = require(beneficiary, "00", "bank BIN (38-01-00)");
        String account = require(beneficiary, "01", "account (38-01-01)");
        expect(fields, "53", CURRENCY_VND, "currency (53)");
        expect(fields, "58", COUNTRY_VN, "country (58)");
        String purpose = fields.containsKey("62")
                ? EmvTlv.parse(fields.get("62")).getOrDefault("08", "")
                : "";
        String amount = fields.get("54");
        if (STATIC.equals(method)) {
            if (amount != null) {
                throw new IllegalArgumentException("A static VietQR (01=11) carries no amount; this one says " + amount);
            }
            return staticPayload(bin, account, purpose);
        }
        if (amount == null || !amount.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("A dynamic VietQR (01=12) needs an amount in whole đồng (54), not "
                    + amount);
        }
        return dynamic(bin, account, Long.parseLong(amount), purpose);
    }

    /**
     * The purpose for a dossier's payment: its code in ASCII, then the note when both fit in 25 characters (see the
     * class comment for the rules).
     *
     * @param dossierCode the dossier's code, e.g. {@code 000.17.22.H56-261122-0001}
     * @param note        free words such as "Lệ phí khai sinh"; may be null or empty
     * @throws IllegalArgumentException when the code has no character a transfer can carry
     */
    public static String purposeFor(String dossierCode, String note) {
        String code = foldPurpose(dossierCode);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("The dossier code \"" + dossierCode
                    + "\" has no character a bank transfer's content can carry");
        }
        if (code.length() > MAX_PURPOSE_LENGTH) {
            code = code.substring(code.length() - MAX_PURPOSE_LENGTH).strip();
        }
        String words = foldPurpose(note);
        return words.isEmpty() || code.length() + 1 + words.length() > MAX_PURPOSE_LENGTH ? code : code + " " + words;
    }

    /**
     * Text reduced to the characters a purpose may hold: Vietnamese folded to ASCII with its case kept, white space
     * to one space, anything else outside {@code A–Z a–z 0–9 space . -} dropped, ends trimmed. Not shortened.
     */
    public static String foldPurpose(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                return;
            }
            String ascii = cp < 0x80 ? Character.toString(cp) : VietnameseText.fold(Character.toString(cp));
            if (Character.isUpperCase(cp)) {
                ascii = ascii.toUpperCase(Locale.ROOT);
            }
            ascii.chars().filter(VietQrPayload::allowedInPurpose).filter(c -> c != ' ').forEach(c -> out.append((char) c));
        });
        return out.toString().strip();
    }

    private static boolean allowedInPurpose(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '.' || c == '-';
    }

    static String requireBankBin(String bankBin) {
        if (bankBin == null || !BANK_BIN.matcher(bankBin).matches()) {
            throw new IllegalArgumentException("A bank BIN is 6 digits (970436 for Vietcombank), not \"" + bankBin + "\"");
        }
        return bankBin;
    }

    static String requireAccountNumber(String accountNumber) {
        if (accountNumber == null || !ACCOUNT.matcher(accountNumber).matches()) {
            throw new IllegalArgumentException("An account number for NAPAS is 1 to 19 letters or digits"
                    + " (no spaces or dashes), not \"" + accountNumber + "\"");
        }
        return accountNumber;
    }

    private static String requirePurpose(String purpose) {
        String value = purpose == null ? "" : purpose;
        if (!PURPOSE.matcher(value).matches()) {
            throw new IllegalArgumentException("A transfer purpose is at most " + MAX_PURPOSE_LENGTH
                    + " of A–Z a–z 0–9 space . - (see VietQrPayload.purposeFor), not \"" + value + "\"");
        }
        return value;
    }

    private static String require(Map<String, String> fields, String tag, String what) {
        String value = fields.get(tag);
        if (value == null) {
            throw new IllegalArgumentException("No " + what + ": tag " + tag + " is missing");
        }
        return value;
    }

    private static void expect(Map<String, String> fields, String tag, String expected, String what) {
        String value = require(fields, tag, what);
        if (!expected.equals(value)) {
            throw new IllegalArgumentException("The " + what + " must be " + expected + ", not " + value);
        }
    }

    private String encode() {
        EmvTlv tlv = new EmvTlv()
                .add("00", "01")
                .add("01", isDynamic() ? DYNAMIC : STATIC)
                .add("38", new EmvTlv()
                        .add("00", NAPAS_GUID)
                        .add("01", new EmvTlv().add("00", bankBin).add("01", accountNumber))
                        .add("02", SERVICE_TO_ACCOUNT))
                .add("53", CURRENCY_VND);
        if (isDynamic()) {
            tlv.add("54", Long.toString(amountVnd));
        }
        tlv.add("58", COUNTRY_VN);
        if (!purpose.isEmpty()) {
            tlv.add("62", new EmvTlv().add("08", purpose));
        }
        String withCrcTag = tlv + "6304";
        return withCrcTag + Crc16CcittFalse.hex(withCrcTag);
    }

    /** The receiving bank's 6-digit BIN. */
    public String bankBin() {
        return bankBin;
    }

    public String accountNumber() {
        return accountNumber;
    }

    /** The amount in whole đồng; empty for a static code. */
    public OptionalLong amountVnd() {
        return isDynamic() ? OptionalLong.of(amountVnd) : OptionalLong.empty();
    }

    /** The transfer's content (tag 62-08), empty when there is none. */
    public String purpose() {
        return purpose;
    }

    /** True for a one-payment code with an amount (tag 01 = 12). */
    public boolean isDynamic() {
        return amountVnd > 0;
    }

    /** The text to put in the QR code, CRC included. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VietQrPayload that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The payload text (it holds the receiving account, never the payer). */
    @Override
    public String toString() {
        return text;
    }
}
