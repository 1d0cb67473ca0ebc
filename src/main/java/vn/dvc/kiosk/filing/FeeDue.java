package vn.dvc.kiosk.filing;

import java.time.LocalDate;

import vn.dvc.kiosk.catalog.Fee;
import vn.dvc.kiosk.catalog.FeeUnit;
import vn.dvc.kiosk.catalog.Procedure;

/**
 * The fee a dossier filed online owes, as stored with it and paid on the kiosk: the online rate or a temporary
 * reduction where the catalog has one, times the copies asked for when the fee is per copy. Null when only an officer
 * can tell (no amount, an amount provinces set, a fee per page).
 */
public final class FeeDue {

    /** The form field in which residents say how many copies they want. */
    static final String COPIES_FIELD = "numberOfCopies";

    private FeeDue() {
    }

    public static Long forOnlineFiling(Procedure procedure, FilingDraft draft, LocalDate day) {
        Fee fee = procedure.getFee();
        if (!fee.isKnown() || fee.varies()) {
            return null;
        }
        Long amount = fee.amountOnlineOn(day);
        FeeUnit unit = fee.unit() == null ? FeeUnit.DOSSIER : fee.unit();
        return switch (unit) {
            case DOSSIER -> amount;
            case PAGE -> null;
            case COPY -> copies(draft) == null ? null : amount * copies(draft);
        };
    }

    private static Long copies(FilingDraft draft) {
        String answer = draft.answer(COPIES_FIELD).strip();
        return answer.matches("[1-9]\\d{0,2}") ? Long.valueOf(answer) : null;
    }
}
