package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the leaders' dashboard counts about one dossier, read when it handles the dossier's events: the facts fixed at
 * submission, the fee's state and, once processing finished, the processing control slip's class (Mẫu 05). Nothing
 * of the resident's.
 *
 * @param feeVnd     the fee at submission, null when the officer sets it
 * @param finishedOn the desk day processing finished, null while open
 * @param timeliness before the deadline / on time / late once finished; null while open
 * @param assistedByUsername the assisting volunteer's sign-in name, for their group; null when nobody signed in
 *                   assisted (self-service, or a volunteer named only by a label)
 */
public record DossierFacts(String code, String procedureCode, String receivingUnitCode, SubmissionChannel channel,
        boolean assisted, Instant receivedAt, Long feeVnd, FeeStatus feeStatus, ResultDelivery resultDelivery,
        LocalDate finishedOn, Timeliness timeliness, String assistedByUsername) {
}
