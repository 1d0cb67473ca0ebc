package vn.dvc.kiosk.dossier;

import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.ANSWER_INCOMPLETE;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.APPLICANT_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.CHANNEL_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.DOCUMENT_INCOMPLETE;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.DELIVERY_ADDRESS_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.EMAIL_INVALID;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.FULL_NAME_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.ID_NUMBER_INVALID;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.PHONE_INVALID;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.PROCEDURE_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.PROCESSING_PERIOD_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.RESULT_DELIVERY_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.TEXT_UNACCEPTABLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.dvc.kiosk.dossier.InvalidApplicationException.Reason;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * What an application must satisfy before it may become a dossier, checked without the database, and the form it is
 * stored in: text NFC and trimmed, blanks as null, the phone number as its digits.
 */
final class ApplicationRules {

    /** What the filing module turns every accepted file into; anything else never came through it. */
    static final Set<String> PAGE_TYPES = Set.of("image/jpeg", "application/pdf");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.]");
    /** Deliberately loose: a typo is caught by the resident reading it back, not by a regular expression. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    /** dossier_answer.value is a TEXT: 65,535 bytes, 4 per character at worst. */
    static final int MAX_ANSWER_LENGTH = 16_000;

    private ApplicationRules() {
    }

    /** The application as stored, or every reason it cannot be. */
    static DossierApplication check(DossierApplication application) {
        if (application == null) {
            throw new InvalidApplicationException(List.of(PROCEDURE_MISSING, APPLICANT_MISSING));
        }
        Set<Reason> problems = EnumSet.noneOf(Reason.class);
        String procedureCode = text(application.procedureCode());
        String procedureName = text(application.procedureName());
        if (procedureCode == null || procedureName == null) {
            problems.add(PROCEDURE_MISSING);
        }
        if (application.processingPeriod() == null) {
            problems.add(PROCESSING_PERIOD_MISSING);
        }
        if (application.channel() == null) {
            problems.add(CHANNEL_MISSING);
        }
        Applicant applicant = applicant(application.applicant(), problems);
        List<DeclaredAnswer> answers = answers(application.answers(), problems);
        if (application.resultDelivery() == null) {
            problems.add(RESULT_DELIVERY_MISSING);
        }
        String deliveryAddress = text(application.deliveryAddress());
        if (application.resultDelivery() == ResultDelivery.POSTAL && deliveryAddress == null) {
            problems.add(DELIVERY_ADDRESS_MISSING);
        }
        List<HandedInDocument> documents = documents(application.documents(), problems);
        String phone = phone(application.contactPhone(), problems);
        String email = text(application.contactEmail());
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(EMAIL_INVALID);
        }
        if (!fits(procedureCode, 40) || !fits(procedureName, 500) || !fits(deliveryAddress, 500)
                || !fits(email, 254) || !fits(text(application.assistedBy()), 200)
                || !fits(text(application.assistedByUsername()), 64)
                || applicant != null && (!fits(applicant.fullName(), 200) || !fits(applicant.address(), 500)
                        || !fits(applicant.sex(), 16))
                || answers.stream().anyMatch(a -> !fits(a.key(), 80) || !fits(a.label(), 500)
                        || !fits(a.value(), MAX_ANSWER_LENGTH))
                || documents.stream().anyMatch(d -> !fits(d.name(), 1000))) {
            problems.add(TEXT_UNACCEPTABLE);
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        String assistedByUsername = text(application.assistedByUsername());
        // an assisted dossier always names its helper for the officers, so "assisted" means the same everywhere
        String assistedBy = text(application.assistedBy()) != null ? text(application.assistedBy()) : assistedByUsername;
        return new DossierApplication(procedureCode, procedureName, application.processingPeriod(), applicant,
                answers, application.resultDelivery(), deliveryAddress, phone, email, application.channel(),
                application.feeVnd(), assistedBy, application.consentRecordId(), documents, assistedByUsername);
    }

    private static Applicant applicant(Applicant applicant, Set<Reason> problems) {
        if (applicant == null) {
            problems.add(APPLICANT_MISSING);
            return null;
        }
        String idNumber = text(applicant.idNumber());
        if (idNumber == null || !ID_NUMBER.matcher(idNumber).matches()) {
            problems.add(ID_NUMBER_INVALID);
        }
        String fullName = text(applicant.fullName());
        if (fullName == null) {
            problems.add(FULL_NAME_MISSING);
        }
        return new Applicant(idNumber, fullName, applicant.dateOfBirth(), text(applicant.sex()),
                text(applicant.address()));
    }

    private static List<DeclaredAnswer> answers(List<DeclaredAnswer> answers, Set<Reason> problems) {
        if (answers == null) {
            return List.of();
        }
        if (answers.stream().anyMatch(a -> a == null || text(a.key()) == null || text(a.label()) == null)) {
            problems.add(ANSWER_INCOMPLETE);
            return List.of();
        }
        return answers.stream()
                .map(a -> new DeclaredAnswer(text(a.key()), text(a.label()), text(a.value())))
                .toList();
    }

    private static List<HandedInDocument> documents(List<HandedInDocument> documents, Set<Reason> problems) {
        if (documents.stream().anyMatch(d -> text(d.name()) == null || d.kind() == null
                || d.pages().stream().anyMatch(p -> !PAGE_TYPES.contains(p.contentType())
                        || p.content() == null || p.content().length == 0))) {
            problems.add(DOCUMENT_INCOMPLETE);
            return List.of();
        }
        return documents.stream().map(d -> new HandedInDocument(text(d.name()), d.kind(), d.pages())).toList();
    }

    private static String phone(String phone, Set<Reason> problems) {
        String given = text(phone);
        if (given == null) {
            return null;
        }
        String digits = PHONE_SEPARATORS.matcher(given).replaceAll("");
        if (!PHONE.matcher(digits).matches()) {
            problems.add(PHONE_INVALID);
        }
        return digits;
    }

    /**
     * Whether a stored text fits its column (lengths as in V5__dossiers.sql) and holds no control characters but
     * line breaks and tabs (a multi-line address): a too long text would otherwise fail only at the database,
     * after the resident pressed "Submit", and a NUL or an escape sequence would reach receipts and exports.
     */
    private static boolean fits(String text, int maxLength) {
        return text == null || text.length() <= maxLength
                && text.chars().noneMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c));
    }

    /** NFC and trimmed; blank is no answer at all. */
    private static String text(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return VietnameseText.nfc(text.strip());
    }
}
