package vn.dvc.kiosk.dossier;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The application cannot become a dossier; nothing was written. Carries every problem found, for the screen. */
public class InvalidApplicationException extends RuntimeException {

    /** What is wrong, in terms the screens translate. */
    public enum Reason {
        PROCEDURE_MISSING,
        PROCESSING_PERIOD_MISSING,
        CHANNEL_MISSING,
        APPLICANT_MISSING,
        /** The citizen ID number is not 12 digits. */
        ID_NUMBER_INVALID,
        FULL_NAME_MISSING,
        RESULT_DELIVERY_MISSING,
        /** The result goes by post but no address was given. */
        DELIVERY_ADDRESS_MISSING,
        /** Not 10 digits starting with 0. */
        PHONE_INVALID,
        EMAIL_INVALID,
        /** An answer without its question's key or label. */
        ANSWER_INCOMPLETE,
        /** A document without a name or form, or a page that is empty or of a type the kiosk never produces. */
        DOCUMENT_INCOMPLETE,
        /** A text longer than its column, or with control characters: no screen lets one through, a forged form might. */
        TEXT_UNACCEPTABLE
    }

    private final Set<Reason> reasons;

    public InvalidApplicationException(Collection<Reason> reasons) {
        super("Invalid dossier application: " + reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("An invalid application needs a reason");
        }
        this.reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /** In the order of {@link Reason}, which is the order of the screens. */
    public Set<Reason> reasons() {
        return reasons;
    }
}
