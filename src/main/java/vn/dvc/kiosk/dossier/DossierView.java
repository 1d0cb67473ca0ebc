package vn.dvc.kiosk.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the receipt and the public tracking page show of a dossier. Nothing that identifies the resident: anyone
 * holding the link or the code sees it.
 *
 * @param receivedAt civil time of the desk
 * @param feeStatus  whether the fee is due, paid online or to be paid at the counter
 */
public record DossierView(String code, String procedureName, DossierStatus status, LocalDateTime receivedAt,
        LocalDate appointmentDate, ResultDelivery resultDelivery, FeeStatus feeStatus) {
}
