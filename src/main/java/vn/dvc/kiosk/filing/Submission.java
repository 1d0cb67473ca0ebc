package vn.dvc.kiosk.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import vn.dvc.kiosk.catalog.DocumentForm;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.InvalidApplicationException;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.shared.ui.AssistedVisit;

/**
 * Turns a finished draft into a dossier application and hands it to the dossier module; the visit remembers the
 * dossier, so that its receipt shows the applicant's details here and nowhere else.
 */
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

    private final Clock clock;
    private final Dossiers dossiers;
    private final FilingDrafts drafts;
    private final FiledDossiers filed;
    private final AssistedVisit assisted;

    Submission(Clock clock, Dossiers dossiers, FilingDrafts drafts, FiledDossiers filed, AssistedVisit assisted) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.filed = filed;
        this.assisted = assisted;
    }

    public SubmittedDossier submit(Procedure procedure, CitizenIdCard card, FilingDraft draft) {
        List<DeclaredAnswer> answers = procedure.getFormFields().stream()
                .map(field -> answer(field, draft)).toList();
        Applicant applicant = new Applicant(card.idNumber(), card.fullName(), card.dateOfBirth(), card.sex().name(),
                card.permanentAddress());
        Long feeVnd = FeeDue.forOnlineFiling(procedure, draft, LocalDate.now(clock));
        List<HandedInDocument> documents = documents(procedure, draft);
        // filed on an advisor's tablet: the dossier says so and by whom (label for officers, username for the advisor)
        AssistedVisit.Helper helper = assisted.current().orElse(null);
        SubmittedDossier submitted;
        try {
            submitted = dossiers.submitOnce(new DossierApplication(procedure.getCode(), procedure.getNameVi(),
                    procedure.getProcessingTime().period(), applicant, answers, draft.delivery(),
                    draft.deliveryAddress(), blankToNull(draft.phone()), blankToNull(draft.email()),
                    SubmissionChannel.ONLINE, feeVnd, helper == null ? null : helper.label(), draft.consentRecordId(),
                    documents, helper == null ? null : helper.username()), draft.submissionKey());
        } catch (InvalidApplicationException invalid) {
            throw new Refused(reasonFor(invalid.reasons()));
        }
        filed.filed(submitted.trackingToken());
        drafts.submitted(draft);
        return submitted;
    }

    /** The declaration (the answers), then each attached document with its pages; skipped ones are left out. */
    private List<HandedInDocument> documents(Procedure procedure, FilingDraft draft) {
        Map<Integer, List<AcceptedPage>> pages = drafts.pagesForSubmission(draft);
        List<HandedInDocument> documents = new ArrayList<>();
        for (DocumentSlot slot : DocumentChecklist.of(procedure)) {
            List<DocumentPage> attached = pages.getOrDefault(slot.position(), List.of()).stream()
                    .map(page -> new DocumentPage(page.contentType(), page.content())).toList();
            switch (slot.role()) {
                case DECLARATION -> documents.add(new HandedInDocument(slot.document().nameVi(),
                        DocumentKind.ELECTRONIC_FORM, List.of()));
                case ATTACH -> {
                    if (!attached.isEmpty()) {
                        documents.add(new HandedInDocument(slot.document().nameVi(), kind(slot.document().form()),
                                attached));
                    } else if (!slot.optional()) {
                        throw new Refused("DOCUMENTS");
                    }
                }
                case PRESENT -> { }
            }
        }
        return documents;
    }

    private static DocumentKind kind(DocumentForm form) {
        return switch (form) {
            case CERTIFIED_COPY -> DocumentKind.CERTIFIED_COPY;
            case COPY -> DocumentKind.COPY;
            case ORIGINAL, PRESENT_ONLY -> DocumentKind.ORIGINAL;
        };
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
