package vn.dvc.kiosk.filing;

import java.util.Map;
import java.util.Set;

import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.identity.CitizenIdCard;

/**
 * What a saved draft stores besides its pages, written as JSON.
 *
 * @param submissionKey the filing's submission key, so that a resident who resumes after an uncertain submission
 *                      cannot file it twice; absent in drafts saved before it was kept
 */
record DraftContent(CitizenIdCard card, Map<String, String> answers, Set<Integer> skipped, Long consentRecordId,
        ResultDelivery delivery, String deliveryAddress, String phone, String email, String submissionKey) {

    static DraftContent of(FilingDraft draft, CitizenIdCard card) {
        return new DraftContent(card, Map.copyOf(draft.answers()), Set.copyOf(draft.skippedPositions()),
                draft.consentRecordId(), draft.delivery(), draft.deliveryAddress(), draft.phone(), draft.email(),
                draft.submissionKey());
    }
}
