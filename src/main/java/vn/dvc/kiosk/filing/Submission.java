package vn.dvc.kiosk.filing;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import vn.dvc.kiosk.catalog.Fee;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.InvalidApplicationException;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.identity.CitizenIdCard;

/** Turns a finished draft into a dossier application and hands it to the dossier module. */
@Service
public class Submission {

    /** The application was refused before anything was written; {@code reason} names an i18n message. */
    public static final class Refused extends RuntimeException {
        private final String reason;

        public Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final Dossiers dossiers;

    Submission(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    public SubmittedDossier submit(Procedure procedure, CitizenIdCard card, FilingDraft draft) {
        List<DeclaredAnswer> answers = procedure.getFormFields().stream()
                .map(field -> answer(field, draft)).toList();
        Applicant applicant = new Applicant(card.idNumber(), card.fullName(), card.dateOfBirth(), card.sex().name(),
                card.permanentAddress());
        Fee fee = procedure.getFee();
        Long feeVnd = fee.isKnown() && !fee.varies() ? fee.amountVnd() : null;
        try {
            return dossiers.submit(new DossierApplication(procedure.getCode(), procedure.getNameVi(),
                    procedure.getProcessingTime().period(), applicant, answers, draft.delivery(),
                    draft.deliveryAddress(), blankToNull(draft.phone()), blankToNull(draft.email()),
                    SubmissionChannel.ONLINE, feeVnd, null, draft.consentRecordId()));
        } catch (InvalidApplicationException invalid) {
            throw new Refused(reasonFor(invalid.reasons()));
        }
    }

    /** The first problem the resident can fix on the delivery screen, else the applicant's card. */
    private static String reasonFor(Set<InvalidApplicationException.Reason> reasons) {
        if (reasons.contains(InvalidApplicationException.Reason.PHONE_INVALID)) {
            return "PHONE";
        }
        if (reasons.contains(InvalidApplicationException.Reason.EMAIL_INVALID)) {
            return "EMAIL";
        }
        if (reasons.contains(InvalidApplicationException.Reason.DELIVERY_ADDRESS_MISSING)) {
            return "ADDRESS";
        }
        if (reasons.contains(InvalidApplicationException.Reason.RESULT_DELIVERY_MISSING)) {
            return "DELIVERY";
        }
        return "APPLICANT";
    }

    private static DeclaredAnswer answer(FormField field, FilingDraft draft) {
        return new DeclaredAnswer(field.key(), field.labelVi(), draft.answer(field.key()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
