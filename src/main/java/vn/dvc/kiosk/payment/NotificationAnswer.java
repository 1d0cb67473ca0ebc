package vn.dvc.kiosk.payment;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

import vn.dvc.kiosk.shared.cluster.WriteConflicts;

/**
 * The answer to a payment notification, in VNPay's JSON shape ({@code {"RspCode":"..","Message":".."}}), which the
 * bank transfer endpoint answers too. When nothing could be written (database down, conflicts that did not clear
 * up), the answer is HTTP 500 with RspCode 99, so the sender tries again; since the failed attempt wrote nothing, the
 * retry is applied exactly once.
 */
record NotificationAnswer(HttpStatus status, String rspCode, String message) {

    private static final int ATTEMPTS = 4;

    static final NotificationAnswer UNKNOWN_ERROR = new NotificationAnswer(HttpStatus.INTERNAL_SERVER_ERROR, "99",
            "Unknown error");

    static NotificationAnswer of(NotificationOutcome outcome) {
        String code = outcome.rspCode();
        String message = switch (code) {
            case "00" -> "Confirm Success";
            case "01" -> "Order not found";
            case "02" -> "Order already confirmed";
            case "04" -> "Invalid amount";
            case "97" -> "Invalid signature";
            default -> throw new IllegalArgumentException("No answer for " + outcome);
        };
        return new NotificationAnswer(HttpStatus.OK, code, message);
    }

    String json() {
        return "{\"RspCode\":\"" + rspCode + "\",\"Message\":\"" + message + "\"}";
    }

    /**
     * Applies a notification through the ledger, again after a lost write conflict (up to 4 attempts, with a short
     * random backoff that doubles), and turns the outcome into the answer. On a Galera cluster the conflict is often a
     * certification failure reported at the commit (error 1213), wrapped differently from a statement's deadlock:
     * {@link WriteConflicts#isWriteConflict} knows both. The ledger re-reads the order, so a retry applies once.
     *
     * @param what    for the log: "VNPay IPN", "Bank transfer notice"
     * @param subject for the log: the order or transaction it is about (never personal data)
     */
    static NotificationAnswer applying(Logger log, String what, String subject, Supplier<NotificationOutcome> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return of(work.get());
            } catch (RuntimeException failure) {
                if (failure instanceof DataIntegrityViolationException || WriteConflicts.isWriteConflict(failure)) {
                    if (attempt == ATTEMPTS) {
                        log.error("{} for {} still conflicts after {} attempts; answering 99 so it is sent again: {}",
                                what, subject, attempt, failure.toString());
                        return UNKNOWN_ERROR;
                    }
                    log.warn("{} for {} lost a write conflict on attempt {}; trying again: {}", what, subject, attempt,
                            failure.toString());
                    WriteConflicts.pause(WriteConflicts.backoff(attempt));
                    continue;
                }
                log.error("{} for {} could not be applied, nothing was written; answering 99 so it is sent again: {}",
                        what, subject, failure.toString());
                return UNKNOWN_ERROR;
            }
        }
    }
}
