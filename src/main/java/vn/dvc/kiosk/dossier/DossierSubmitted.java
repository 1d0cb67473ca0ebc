package vn.dvc.kiosk.dossier;

import java.time.Instant;

/**
 * A dossier was received and has its code. Published inside the submitting transaction, so the event publication
 * registry records it only if the dossier commits; listeners run after the commit.
 *
 * @param assisted whether a volunteer filed it on the resident's behalf
 */
public record DossierSubmitted(String code, String procedureCode, String receivingUnitCode, SubmissionChannel channel,
        boolean assisted, Instant submittedAt) {
}
