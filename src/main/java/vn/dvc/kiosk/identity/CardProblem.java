package vn.dvc.kiosk.identity;

/**
 * Why a scanned or typed card cannot be used, in terms a resident can act on. Each has a friendly message
 * {@code identity.problem.<NAME>} in the i18n bundles.
 */
public enum CardProblem {
    /** Empty payload. */
    EMPTY,
    /** A web address, not an ID card. */
    FOREIGN_CODE_LINK,
    /** A bank transfer (VietQR / EMVCo) code, not an ID card. */
    FOREIGN_CODE_PAYMENT,
    /** Some other QR code. */
    NOT_AN_ID_CARD,
    /** The ID number is not 12 digits. */
    ID_NUMBER_FORMAT,
    /** Digits 1–3 are not a known province-of-birth code. */
    ID_NUMBER_PROVINCE,
    /** Digit 4 does not agree with the sex on the card. */
    ID_NUMBER_SEX,
    /** Digit 4 and digits 5–6 do not agree with the year of birth. */
    ID_NUMBER_BIRTH_YEAR,
    /** The name is missing. */
    NAME_MISSING,
    /** The date of birth is missing or not a real date. */
    DATE_OF_BIRTH_INVALID,
    /** The sex is neither Nam nor Nữ. */
    SEX_INVALID
}
