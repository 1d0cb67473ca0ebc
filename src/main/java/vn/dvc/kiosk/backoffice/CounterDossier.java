package vn.dvc.kiosk.backoffice;

import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;

/**
 * What an officer types for a dossier handed in at the counter or received by public post: the papers themselves
 * stay on paper, so only what the desk and the dashboard need.
 *
 * @param procedureCode   the catalog's procedure code
 * @param phone           optional, 10 digits starting with 0 (spaces and dots allowed)
 * @param channel         {@link SubmissionChannel#IN_PERSON} or {@link SubmissionChannel#PUBLIC_POST}
 * @param deliveryAddress required when the result goes by post
 * @param numberOfSets    how many sets of papers were handed in (Mẫu 01); null when not said
 */
public record CounterDossier(String procedureCode, String fullName, String idNumber, String phone,
        SubmissionChannel channel, ResultDelivery resultDelivery, String deliveryAddress, Integer numberOfSets) {
}
