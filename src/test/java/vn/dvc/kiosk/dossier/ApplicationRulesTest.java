package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.ANSWER_INCOMPLETE;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.APPLICANT_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.CHANNEL_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.DELIVERY_ADDRESS_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.DOCUMENT_INCOMPLETE;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.EMAIL_INVALID;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.FULL_NAME_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.ID_NUMBER_INVALID;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.PHONE_INVALID;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.PROCEDURE_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.PROCESSING_PERIOD_MISSING;
import static vn.dvc.kiosk.dossier.InvalidApplicationException.Reason.RESULT_DELIVERY_MISSING;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.InvalidApplicationException.Reason;

class ApplicationRulesTest {

    private static final Applicant LAN = new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14),
            "Nữ", "Số 5 phố Huế, Hà Nội");

    static DossierApplication valid() {
        return new DossierApplication("1.001193", "Đăng ký khai sinh", ProcessingPeriod.workingDays(0), LAN,
                List.of(new DeclaredAnswer("child_name", "Họ tên trẻ", "Trần Minh An")), ResultDelivery.COUNTER,
                null, null, null, SubmissionChannel.IN_PERSON, null, null, 17L, List.of(BIRTH_CERTIFICATE));
    }

    private static final HandedInDocument BIRTH_CERTIFICATE = new HandedInDocument("Giấy chứng sinh",
            DocumentKind.ORIGINAL, List.of(new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8})));

    @Test
    void aCompleteApplicationPasses() {
        assertThat(ApplicationRules.check(valid())).isEqualTo(valid());
    }

    @Test
    void textIsStoredNfcAndTrimmedAndBlanksBecomeNull() {
        String nfd = Normalizer.normalize("  Nguyễn Thị Lan ", Normalizer.Form.NFD);
        DossierApplication application = with(valid(), new Applicant(" 001190012345 ", nfd, null, " ", ""),
                List.of(new DeclaredAnswer(" child_name ", Normalizer.normalize("Họ tên trẻ", Normalizer.Form.NFD),
                        Normalizer.normalize("Trần Minh An", Normalizer.Form.NFD)),
                        new DeclaredAnswer("note", "Ghi chú", "   ")),
                ResultDelivery.COUNTER, "  ", null, " ");

        DossierApplication checked = ApplicationRules.check(application);

        assertThat(checked.applicant()).isEqualTo(new Applicant("001190012345", "Nguyễn Thị Lan", null, null, null));
        assertThat(checked.answers()).containsExactly(new DeclaredAnswer("child_name", "Họ tên trẻ", "Trần Minh An"),
                new DeclaredAnswer("note", "Ghi chú", null));
        assertThat(checked.deliveryAddress()).isNull();
        assertThat(checked.contactEmail()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0901234567", "090 123 4567", "090.123.4567", " 0901.234 567 "})
    void aVietnamesePhoneNumberIsStoredAsItsDigits(String phone) {
        assertThat(ApplicationRules.check(withContact(phone, null)).contactPhone()).isEqualTo("0901234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"901234567", "09012345678", "1901234567", "+84901234567", "090-123-4567", "090123456a"})
    void anythingElseIsNotAPhoneNumber(String phone) {
        assertThat(reasons(withContact(phone, null))).containsExactly(PHONE_INVALID);
    }

    @Test
    void anEmailMustLookLikeOne() {
        assertThat(ApplicationRules.check(withContact(null, " lan.nguyen@example.vn ")).contactEmail())
                .isEqualTo("lan.nguyen@example.vn");
        assertThat(reasons(withContact(null, "lan.nguyen@example"))).containsExactly(EMAIL_INVALID);
        assertThat(reasons(withContact(null, "lan nguyen@example.vn"))).containsExactly(EMAIL_INVALID);
        assertThat(reasons(withContact(null, "0901234567"))).containsExactly(EMAIL_INVALID);
    }

    @Test
    void theProcedureMustBeNamed() {
        DossierApplication noCode = new DossierApplication(" ", "Đăng ký khai sinh", ProcessingPeriod.workingDays(0),
                LAN, List.of(), ResultDelivery.COUNTER, null, null, null, SubmissionChannel.IN_PERSON, null, null,
                null, null);
        DossierApplication noName = new DossierApplication("1.001193", null, ProcessingPeriod.workingDays(0), LAN,
                List.of(), ResultDelivery.COUNTER, null, null, null, SubmissionChannel.IN_PERSON, null, null, null,
                null);

        assertThat(reasons(noCode)).containsExactly(PROCEDURE_MISSING);
        assertThat(reasons(noName)).containsExactly(PROCEDURE_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00119001234", "0011900123456", "00119001234X", "001 190 012 345"})
    void theIdNumberHasTwelveDigits(String idNumber) {
        Applicant applicant = new Applicant(idNumber, "Nguyễn Thị Lan", null, null, null);

        assertThat(reasons(with(valid(), applicant, List.of(), ResultDelivery.COUNTER, null, null, null)))
                .containsExactly(ID_NUMBER_INVALID);
    }

    @Test
    void theApplicantMustBeThereWithANameAndAnIdNumber() {
        assertThat(reasons(with(valid(), null, List.of(), ResultDelivery.COUNTER, null, null, null)))
                .containsExactly(APPLICANT_MISSING);
        assertThat(reasons(with(valid(), new Applicant(null, " ", null, null, null), List.of(),
                ResultDelivery.COUNTER, null, null, null))).containsExactly(ID_NUMBER_INVALID, FULL_NAME_MISSING);
    }

    @Test
    void aResultByPostNeedsAnAddress() {
        assertThat(reasons(with(valid(), LAN, List.of(), ResultDelivery.POSTAL, " ", null, null)))
                .containsExactly(DELIVERY_ADDRESS_MISSING);
        assertThat(ApplicationRules.check(with(valid(), LAN, List.of(), ResultDelivery.POSTAL, "Số 5 phố Huế", null,
                null)).deliveryAddress()).isEqualTo("Số 5 phố Huế");
        assertThat(reasons(with(valid(), LAN, List.of(), null, null, null, null)))
                .containsExactly(RESULT_DELIVERY_MISSING);
    }

    @Test
    void everyAnswerNamesItsQuestion() {
        assertThat(reasons(with(valid(), LAN, List.of(new DeclaredAnswer("", "Họ tên trẻ", "An")),
                ResultDelivery.COUNTER, null, null, null))).containsExactly(ANSWER_INCOMPLETE);
        assertThat(reasons(with(valid(), LAN, List.of(new DeclaredAnswer("child_name", null, "An")),
                ResultDelivery.COUNTER, null, null, null))).containsExactly(ANSWER_INCOMPLETE);
        assertThat(reasons(with(valid(), LAN, Arrays.asList((DeclaredAnswer) null), ResultDelivery.COUNTER, null,
                null, null))).containsExactly(ANSWER_INCOMPLETE);
        assertThat(ApplicationRules.check(with(valid(), LAN, null, ResultDelivery.COUNTER, null, null, null))
                .answers()).isEmpty();
    }

    @Test
    void documentsKeepTheirOrderAndNamesAreNormalised() {
        HandedInDocument declaration = new HandedInDocument(" Tờ khai đăng ký khai sinh ",
                DocumentKind.ELECTRONIC_FORM, null);

        List<HandedInDocument> checked = ApplicationRules.check(withDocuments(declaration, BIRTH_CERTIFICATE))
                .documents();

        assertThat(checked).extracting(HandedInDocument::name)
                .containsExactly("Tờ khai đăng ký khai sinh", "Giấy chứng sinh");
        assertThat(checked.get(0).pages()).isEmpty();
    }

    @Test
    void aDocumentNeedsANameAFormAndPagesTheKioskProduces() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        assertThat(reasons(withDocuments(new HandedInDocument(" ", DocumentKind.COPY, null))))
                .containsExactly(DOCUMENT_INCOMPLETE);
        assertThat(reasons(withDocuments(new HandedInDocument("Sổ hộ khẩu", null, null))))
                .containsExactly(DOCUMENT_INCOMPLETE);
        assertThat(reasons(withDocuments(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL,
                List.of(new DocumentPage("image/png", png)))))).containsExactly(DOCUMENT_INCOMPLETE);
        assertThat(reasons(withDocuments(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL,
                List.of(new DocumentPage("image/jpeg", new byte[0])))))).containsExactly(DOCUMENT_INCOMPLETE);
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheScreens() {
        DossierApplication empty = new DossierApplication(null, null, null, null, null, ResultDelivery.POSTAL, null,
                "12", "x", null, null, null, null, null);

        assertThat(reasons(empty)).containsExactly(PROCEDURE_MISSING, PROCESSING_PERIOD_MISSING, CHANNEL_MISSING,
                APPLICANT_MISSING, DELIVERY_ADDRESS_MISSING, PHONE_INVALID, EMAIL_INVALID);
        assertThat(reasons(null)).contains(PROCEDURE_MISSING, APPLICANT_MISSING);
    }

    @Test
    void aTextLongerThanItsColumnOrWithControlCharactersIsRefusedBeforeTheDatabaseSeesIt() {
        // found by ApplicationRulesFuzzTest: such texts passed, and the insert failed after "Submit"
        Applicant longName = new Applicant("001190012345", "Lan".repeat(100), null, null, null);
        List<DeclaredAnswer> hugeAnswer = List.of(new DeclaredAnswer("note", "Ghi chú", "x".repeat(100_000)));
        List<DeclaredAnswer> withNul = List.of(new DeclaredAnswer("note", "Ghi chú", "Trần\u0000Minh"));

        assertThat(reasons(with(valid(), longName, List.of(), ResultDelivery.COUNTER, null, null, null)))
                .containsExactly(Reason.TEXT_UNACCEPTABLE);
        assertThat(reasons(with(valid(), LAN, hugeAnswer, ResultDelivery.COUNTER, null, null, null)))
                .containsExactly(Reason.TEXT_UNACCEPTABLE);
        assertThat(reasons(with(valid(), LAN, withNul, ResultDelivery.COUNTER, null, null, null)))
                .containsExactly(Reason.TEXT_UNACCEPTABLE);
        assertThat(ApplicationRules.check(with(valid(), LAN, List.of(), ResultDelivery.POSTAL,
                "Số 5 phố Huế\nHà Nội", null, null)).deliveryAddress()).as("a line break is not refused")
                .isEqualTo("Số 5 phố Huế\nHà Nội");
    }

    private static List<Reason> reasons(DossierApplication application) {
        InvalidApplicationException refused = catchThrowableOfType(InvalidApplicationException.class,
                () -> ApplicationRules.check(application));
        assertThat(refused).as("refused").isNotNull();
        return List.copyOf(refused.reasons());
    }

    private static DossierApplication withContact(String phone, String email) {
        return with(valid(), LAN, List.of(), ResultDelivery.COUNTER, null, phone, email);
    }

    private static DossierApplication with(DossierApplication base, Applicant applicant, List<DeclaredAnswer> answers,
            ResultDelivery delivery, String deliveryAddress, String phone, String email) {
        return new DossierApplication(base.procedureCode(), base.procedureName(), base.processingPeriod(), applicant,
                answers, delivery, deliveryAddress, phone, email, base.channel(), base.feeVnd(), base.assistedBy(),
                base.consentRecordId(), base.documents());
    }

    private static DossierApplication withDocuments(HandedInDocument... documents) {
        DossierApplication base = valid();
        return new DossierApplication(base.procedureCode(), base.procedureName(), base.processingPeriod(),
                base.applicant(), base.answers(), base.resultDelivery(), null, null, null, base.channel(),
                base.feeVnd(), null, base.consentRecordId(), List.of(documents));
    }
}
