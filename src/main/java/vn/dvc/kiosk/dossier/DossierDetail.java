package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the officer's dossier view shows: declared data, documents (pages are opened one by one), the fee, the
 * clock, the history and what may be done now. It identifies the resident: only for officers.
 *
 * @param pausedWorkingDays working days the clock stood still so far (already in the appointment date)
 * @param timeliness        as of today (Mẫu 05); null when not accepted or withdrawn
 * @param allowedActions    what the state machine allows now, for the desk's buttons
 */
public record DossierDetail(String code, String procedureCode, String procedureName, String receivingUnitCode,
        DossierStatus status, SubmissionChannel channel, Instant receivedAt, LocalDate countedFrom,
        LocalDate appointmentDate, LocalDate pausedSince, int pausedWorkingDays, LocalDate finishedOn,
        Timeliness timeliness, String applicantIdNumber, String applicantFullName, String contactPhone,
        String contactEmail, ResultDelivery resultDelivery, String deliveryAddress, String assistedBy, Long feeVnd,
        FeeStatus feeStatus, List<DeclaredAnswer> answers, List<DocumentSummary> documents,
        List<HistoryEntry> history, Set<DossierAction> allowedActions) {
}
