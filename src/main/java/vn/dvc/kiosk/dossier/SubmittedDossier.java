package vn.dvc.kiosk.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A dossier just received: its code ({@code {unit}-{yyMMdd}-{NNNN}}), when it counts as received, the appointment
 * date for the result, and the token of its public tracking page.
 */
public record SubmittedDossier(String code, LocalDateTime receivedAt, LocalDate appointmentDate, String trackingToken) {
}
