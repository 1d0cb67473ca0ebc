package vn.dvc.kiosk.dossier;

import java.util.List;

/**
 * The receipt and appointment slip (Mẫu 01, Circular 01/2018/TT-VPCP) of one dossier. It names the applicant, so it
 * is shown only to whoever filed the dossier, right after filing, never behind the public tracking link.
 *
 * @param receivingUnitName null when the desk's name is not configured, or the dossier was received by another unit
 * @param feeVnd            null when the officer sets the amount
 */
public record DossierReceipt(DossierView dossier, String procedureCode, String receivingUnitCode,
        String receivingUnitName,
        String applicantName, String applicantAddress, String contactPhone, String contactEmail,
        String deliveryAddress, Long feeVnd, List<DocumentSummary> documents) {
}
