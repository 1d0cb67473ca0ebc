package vn.dvc.kiosk.dossier;

import java.util.List;

import vn.dvc.kiosk.calendar.ProcessingPeriod;

/**
 * Everything a resident hands in, ready to become a dossier: the procedure as it was when filed, who, the answers,
 * where the result goes and how to reach them.
 *
 * @param feeVnd        the fee due, null when the amount is set by the officer
 * @param assistedBy    the volunteer who filed on the resident's behalf, null at a self-service kiosk
 * @param consentRecordId the consent the resident gave for using their card data
 * @param documents     what was handed in, in the catalog's order
 */
public record DossierApplication(String procedureCode, String procedureName, ProcessingPeriod processingPeriod,
        Applicant applicant, List<DeclaredAnswer> answers, ResultDelivery resultDelivery, String deliveryAddress,
        String contactPhone, String contactEmail, SubmissionChannel channel, Long feeVnd, String assistedBy,
        Long consentRecordId, List<HandedInDocument> documents) {

    public DossierApplication {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
