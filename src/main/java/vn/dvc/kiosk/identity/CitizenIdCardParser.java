package vn.dvc.kiosk.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * Reads the QR payload of a chip ID card: {@code idNumber|oldIdNumber|fullName|ddMMyyyy|Nam/Nữ|address|ddMMyyyy},
 * tolerant of the 2024 card's variants, whose payload is unconfirmed: 6 to 8 (or more) fields, empty fields,
 * trailing extras, surrounding whitespace, NFD text, any case or accents in "Nam"/"Nữ", and a variant without the
 * old ID number ({@code idNumber|fullName|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}), told apart by whether field 2 is a
 * number (or empty) or a name. Codes that are plainly something else (a web link, a bank transfer) are named so
 * the resident can be told kindly. Log details never contain personal data.
 */
public final class CitizenIdCardParser {

    private static final int MIN_FIELDS = 6;
    /** What a dossier stores of a name and an address; a card's own are far shorter. */
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ADDRESS_LENGTH = 500;
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    private CitizenIdCardParser() {
    }

    public static CardReading parse(String payload) {
        String text = clean(payload);
        if (text.isEmpty()) {
            return rejected(CardProblem.EMPTY, "blank");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
            return rejected(CardProblem.FOREIGN_CODE_LINK, "web address");
        }
        if (text.startsWith("000201")) {
            return rejected(CardProblem.FOREIGN_CODE_PAYMENT, "EMVCo payment payload");
        }
        if (text.indexOf('|') < 0) {
            return rejected(CardProblem.NOT_AN_ID_CARD, "no field separator, " + text.length() + " characters");
        }
        String[] fields = text.split("\\|", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        if (fields.length < MIN_FIELDS) {
            return rejected(CardProblem.NOT_AN_ID_CARD, fields.length + " fields");
        }
        boolean withOldId = fields[1].isEmpty() || CitizenIdNumber.isAsciiDigits(withoutSpaces(fields[1]))
                || !containsLetter(fields[1]);
        int shift = withOldId ? 0 : -1;
        String idNumber = withoutSpaces(fields[0]);
        String nameField = fields[2 + shift];
        String dateOfBirthField = fields[3 + shift];
        String sexField = fields[4 + shift];
        String addressField = fields[5 + shift];
        String issueDateField = 6 + shift < fields.length ? fields[6 + shift] : "";
        String layout = fields.length + " fields, " + (withOldId ? "with" : "without") + " old ID field";

        Optional<Sex> sex = sex(sexField);
        if (!CitizenIdNumber.isAsciiDigits(idNumber) && sex.isEmpty()) {
            return rejected(CardProblem.NOT_AN_ID_CARD, layout + ", no ID number and no sex field");
        }
        if (idNumber.length() != 12 || !CitizenIdNumber.isAsciiDigits(idNumber)) {
            return rejected(CardProblem.ID_NUMBER_FORMAT, CitizenIdNumber.inspect(idNumber, null, null)
                    .map(CitizenIdNumber.Finding::logDetail).orElse("ID number format"));
        }
        String fullName = collapseSpaces(nameField);
        if (fullName.isEmpty()) {
            return rejected(CardProblem.NAME_MISSING, "name empty, " + layout);
        }
        String address = addressField.isEmpty() ? null : collapseSpaces(addressField);
        // no card prints these: a made-up code, which would otherwise only fail when the dossier is written
        if (fullName.length() > MAX_NAME_LENGTH || address != null && address.length() > MAX_ADDRESS_LENGTH) {
            return rejected(CardProblem.NOT_AN_ID_CARD, "name of " + fullName.length() + " or address of "
                    + (address == null ? 0 : address.length()) + " characters, " + layout);
        }
        if (hasControlCharacters(fullName) || address != null && hasControlCharacters(address)) {
            return rejected(CardProblem.NOT_AN_ID_CARD, "control characters in name or address, " + layout);
        }
        if (dateOfBirthField.isEmpty()) {
            return rejected(CardProblem.DATE_OF_BIRTH_INVALID, "date of birth empty, " + layout);
        }
        Optional<LocalDate> dateOfBirth = date(dateOfBirthField);
        if (dateOfBirth.isEmpty()) {
            return rejected(CardProblem.DATE_OF_BIRTH_INVALID, "date of birth not a ddMMyyyy date, " + layout);
        }
        if (sex.isEmpty()) {
            return rejected(CardProblem.SEX_INVALID,
                    (sexField.isEmpty() ? "sex empty, " : "sex not Nam/Nữ, ") + layout);
        }
        Optional<CitizenIdNumber.Finding> finding = CitizenIdNumber.inspect(idNumber, dateOfBirth.get(), sex.get());
        if (finding.isPresent()) {
            return rejected(finding.get().problem(), finding.get().logDetail());
        }
        String oldIdNumber = withOldId ? withoutSpaces(fields[1]) : "";
        return new CardReading.Read(new CitizenIdCard(
                idNumber,
                oldIdNumber.length() == 9 && CitizenIdNumber.isAsciiDigits(oldIdNumber) ? oldIdNumber : null,
                fullName,
                dateOfBirth.get(),
                sex.get(),
                address,
                date(issueDateField).orElse(null)));
    }

    /** NFC, without surrounding whitespace, byte-order marks or zero-width spaces. */
    private static String clean(String payload) {
        if (payload == null) {
            return "";
        }
        String text = VietnameseText.nfc(payload).replace("\uFEFF", "").replace("\u200B", "");
        return text.strip();
    }

    private static Optional<Sex> sex(String field) {
        return switch (VietnameseText.fold(field)) {
            case "nam" -> Optional.of(Sex.MALE);
            case "nu" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    /** A date as ddMMyyyy, also tolerating dd/MM/yyyy, dd-MM-yyyy and dd.MM.yyyy. */
    static Optional<LocalDate> date(String field) {
        Matcher matcher = COMPACT_DATE.matcher(field);
        if (!matcher.matches()) {
            matcher = SEPARATED_DATE.matcher(field);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static boolean containsLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String collapseSpaces(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static CardReading rejected(CardProblem problem, String logDetail) {
        return new CardReading.Rejected(problem, logDetail);
    }
}
