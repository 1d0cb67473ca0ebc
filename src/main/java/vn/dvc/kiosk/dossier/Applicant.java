package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

/** The person the dossier is for, as confirmed from their ID card. Text is NFC. */
public record Applicant(String idNumber, String fullName, LocalDate dateOfBirth, String sex, String address) {
}
