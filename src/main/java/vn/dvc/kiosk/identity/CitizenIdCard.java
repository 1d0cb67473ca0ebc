package vn.dvc.kiosk.identity;

import java.time.LocalDate;

/**
 * What a chip citizen ID card (căn cước công dân / căn cước) says about its holder, as read from its QR code or
 * typed by hand. Text is NFC. {@code oldIdNumber} (9-digit CMND) and {@code issueDate} may be null.
 */
public record CitizenIdCard(String idNumber, String oldIdNumber, String fullName, LocalDate dateOfBirth, Sex sex,
        String permanentAddress, LocalDate issueDate) {

    /** The last four digits, which a resident can say aloud to resume a draft; safe to show and log. */
    public String lastFourDigits() {
        return idNumber.substring(idNumber.length() - 4);
    }
}
