package vn.dvc.kiosk.dossier;

import java.util.List;

import vn.dvc.kiosk.calendar.ProcessingPeriod;

/**
 * Everything a resident hands in, ready to become a dossier: the procedure as it was when filed, who, the answers,
 * where the result goes and how to reach them.
 *
 * @param feeVnd        the fee due, null when the amount is set by the officer
 * @param assistedBy    the volunteer who filed on the resident's behalf (how officers read it), null at a self-service
 *                      kiosk
 * @param assistedByUsername that volunteer's sign-in name, so that they find the dossiers they helped with; null when
 *                      nobody assisted
 * @param consentRecordId the consent the resident gave for using their card data
 * @param documents     what was handed in, in the catalog's order
 */
public record DossierApplication(String procedureCode, String procedureName, ProcessingPeriod processingPeriod,
        Applicant applicant, List<DeclaredAnswer> answers, ResultDelivery resultDelivery, String deliveryAddress,
        String contactPhone, String contactEmail, SubmissionChannel channel, Long feeVnd, String assistedBy,
        Long consentRecordId, List<HandedInDocument> documents, String assistedByUsername) {

    public DossierApplication {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** An application nobody signed in assisted with (or named only by a label, as before advisors signed in). */
    public DossierApplication(String procedureCode, String procedureName, ProcessingPeriod processingPeriod,
            Applicant applicant, List<DeclaredAnswer> answers, ResultDelivery resultDelivery, String deliveryAddress,
            String contactPhone, String contactEmail, SubmissionChannel channel, Long feeVnd, String assistedBy,
            Long consentRecordId, List<HandedInDocument> documents) {
        this(procedureCode, procedureName, processingPeriod, applicant, answers, resultDelivery, deliveryAddress,
                contactPhone, contactEmail, channel, feeVnd, assistedBy, consentRecordId, documents, null);
    }
}
