package vn.dvc.kiosk.dossier;

import static vn.dvc.kiosk.dossier.DossierAction.*;
import static vn.dvc.kiosk.dossier.DossierStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one state machine of the national dossier statuses: from each status, the actions allowed and where each
 * leads. A dossier whose online fee is still {@link FeeStatus#DUE} can only be rejected or withdrawn until it is paid
 * or switched to paying at the counter.
 */
public final class DossierTransitions {

    private static final Map<DossierStatus, Map<DossierAction, DossierStatus>> TABLE = new EnumMap<>(DossierStatus.class);

    /** What may still happen to a dossier whose fee is due. */
    private static final Set<DossierAction> WHILE_FEE_DUE = EnumSet.of(REJECT, WITHDRAW);

    static {
        allow(NEWLY_REGISTERED, ACCEPT, ACCEPTED);
        allow(NEWLY_REGISTERED, REJECT, NOT_ACCEPTED);
        allow(NEWLY_REGISTERED, WITHDRAW, WITHDRAWN);

        allow(ACCEPTED, START_PROCESSING, BEING_PROCESSED);
        allow(ACCEPTED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(ACCEPTED, REQUEST_FINANCIAL_OBLIGATION, FINANCIAL_OBLIGATION_REQUESTED);
        allow(ACCEPTED, STOP, PROCESSING_STOPPED);
        allow(ACCEPTED, WITHDRAW, WITHDRAWN);

        allow(BEING_PROCESSED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(BEING_PROCESSED, REQUEST_FINANCIAL_OBLIGATION, FINANCIAL_OBLIGATION_REQUESTED);
        allow(BEING_PROCESSED, STOP, PROCESSING_STOPPED);
        allow(BEING_PROCESSED, FINISH, PROCESSING_FINISHED);
        allow(BEING_PROCESSED, WITHDRAW, WITHDRAWN);

        allow(SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, BEING_PROCESSED);
        allow(SUPPLEMENT_REQUESTED, STOP, PROCESSING_STOPPED);
        allow(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN);

        allow(FINANCIAL_OBLIGATION_REQUESTED, OBLIGATION_MET, BEING_PROCESSED);
        allow(FINANCIAL_OBLIGATION_REQUESTED, STOP, PROCESSING_STOPPED);
        allow(FINANCIAL_OBLIGATION_REQUESTED, WITHDRAW, WITHDRAWN);

        allow(PROCESSING_STOPPED, RESUME, BEING_PROCESSED);
        allow(PROCESSING_STOPPED, WITHDRAW, WITHDRAWN);

        allow(PROCESSING_FINISHED, RETURN_RESULT, RESULT_RETURNED);
        // NOT_ACCEPTED, WITHDRAWN and RESULT_RETURNED are final
    }

    private DossierTransitions() {
    }

    private static void allow(DossierStatus from, DossierAction action, DossierStatus to) {
        TABLE.computeIfAbsent(from, status -> new EnumMap<>(DossierAction.class)).put(action, to);
    }

    /** Where {@code action} leads from {@code from}, if it is allowed at all (whatever the fee). */
    public static Optional<DossierStatus> target(DossierStatus from, DossierAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed now, for a dossier in {@code status} with this fee status (in the enum's order). */
    public static Set<DossierAction> allowed(DossierStatus status, FeeStatus feeStatus) {
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        allowed.addAll(TABLE.getOrDefault(status, Map.of()).keySet());
        if (feeStatus == FeeStatus.DUE) {
            allowed.retainAll(WHILE_FEE_DUE);
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** Every transition of the table, for tests and documentation. */
    static Map<DossierStatus, Map<DossierAction, DossierStatus>> table() {
        return Collections.unmodifiableMap(TABLE);
    }

    /**
     * The status {@code action} leads to.
     *
     * @throws IllegalTransitionException when not allowed now, or when a required reason is blank
     */
    static DossierStatus check(String code, DossierStatus from, FeeStatus feeStatus, DossierAction action,
            String reason) {
        Set<DossierAction> allowed = allowed(from, feeStatus);
        if (!allowed.contains(action)) {
            String why = feeStatus == FeeStatus.DUE && target(from, action).isPresent()
                    ? " while its fee is due (paid online or switched to the counter first)"
                    : "";
            throw new IllegalTransitionException("Dossier " + code + " is " + from + ": " + action + " is not allowed"
                    + why + "; allowed now: " + allowed, from, action, allowed);
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new IllegalTransitionException("Dossier " + code + ": " + action + " needs a reason", from, action,
                    allowed);
        }
        return target(from, action).orElseThrow();
    }
}
