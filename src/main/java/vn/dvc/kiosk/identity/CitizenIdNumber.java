package vn.dvc.kiosk.identity;

import java.time.LocalDate;
import java.util.Optional;

import vn.dvc.kiosk.units.Pre2025Provinces;

/**
 * The rules of the 12-digit citizen ID number. Digits 1–3: the pre-2025 province (or country) where the birth was
 * registered; digit 4: century of birth and sex (1900s male 0 / female 1, 2000s 2/3, 2100s 4/5, …; 8/9 would be
 * the 1800s and is not in use); digits 5–6: the last two digits of the birth year; then 6 random digits. There is
 * no check digit, so a number is checked by its structure and by agreeing with the card's other fields.
 */
public final class CitizenIdNumber {

    /** What is wrong and a log line without personal data (no digits of the number beyond the province code). */
    record Finding(CardProblem problem, String logDetail) {
    }

    private CitizenIdNumber() {
    }

    /**
     * Checks an ID number against the date of birth and sex on the same card. A null {@code dateOfBirth} or
     * {@code sex} is not checked.
     */
    public static Optional<CardProblem> check(String idNumber, LocalDate dateOfBirth, Sex sex) {
        return inspect(idNumber, dateOfBirth, sex).map(Finding::problem);
    }

    static Optional<Finding> inspect(String idNumber, LocalDate dateOfBirth, Sex sex) {
        if (idNumber == null || idNumber.isEmpty()) {
            return finding(CardProblem.ID_NUMBER_FORMAT, "ID number empty");
        }
        if (!isAsciiDigits(idNumber)) {
            return finding(CardProblem.ID_NUMBER_FORMAT, "ID number has characters other than digits");
        }
        if (idNumber.length() != 12) {
            return finding(CardProblem.ID_NUMBER_FORMAT, "ID number has " + idNumber.length() + " digits");
        }
        String province = idNumber.substring(0, 3);
        if (!Pre2025Provinces.isKnownCode(province)) {
            return finding(CardProblem.ID_NUMBER_PROVINCE, "province code " + province);
        }
        int centuryAndSex = idNumber.charAt(3) - '0';
        if (centuryAndSex >= 8) {
            return finding(CardProblem.ID_NUMBER_BIRTH_YEAR, "century digit " + centuryAndSex + " (1800s) not in use");
        }
        if (sex != null) {
            Sex encoded = centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            if (encoded != sex) {
                return finding(CardProblem.ID_NUMBER_SEX,
                        "sex digit " + centuryAndSex + " vs " + (sex == Sex.MALE ? "Nam" : "Nữ"));
            }
        }
        if (dateOfBirth != null) {
            int century = 1900 + centuryAndSex / 2 * 100;
            int year = dateOfBirth.getYear();
            if (year < century || year >= century + 100) {
                return finding(CardProblem.ID_NUMBER_BIRTH_YEAR,
                        "century digit " + centuryAndSex + " vs born in the " + Math.floorDiv(year, 100) * 100 + "s");
            }
            int lastTwo = Integer.parseInt(idNumber.substring(4, 6));
            if (lastTwo != year % 100) {
                return finding(CardProblem.ID_NUMBER_BIRTH_YEAR, "year digits disagree with the date of birth");
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> finding(CardProblem problem, String logDetail) {
        return Optional.of(new Finding(problem, logDetail));
    }

    static boolean isAsciiDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
