package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.Sex;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The documents step, "save and carry on later", and resuming a saved draft, without a browser. */
@KioskIntegrationTest
class DraftViewsTest extends SpringBrowserlessTest {

    private static final String BIRTH = "1.001193";

    @Autowired
    ResidentIdentity identity;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    DocumentIntake intake;

    @Autowired
    Catalog catalog;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private CitizenIdCard card;

    @BeforeEach
    void identified() {
        card = new CitizenIdCard(uniqueIdNumber(), null, "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
                "Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội", null);
        identity.confirm(card);
    }

    // --- documents ----------------------------------------------------------------------------------------------------

    @Test
    void aRequiredDocumentWithoutPagesDoesNotLetTheResidentGoOn() {
        navigate("nop-ho-so/" + BIRTH + "/giay-to/1", DocumentsView.class);
        assertThat(find(H1.class).withId("document-name").single().getText()).startsWith("Giấy chứng sinh");
        assertThat(find(Button.class).withId("document-skip").all()).as("no way to skip it").isEmpty();
        assertThat(text("document-pages")).isEqualTo("Chưa có trang nào.");

        test(find(Button.class).withId("document-next").single()).click();

        Paragraph problem = find(Paragraph.class).withId("document-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo(
                "Giấy này bắt buộc: bạn hãy chụp ít nhất một trang. Nếu không có, bạn hỏi bàn hướng dẫn.");
        assertThat(getCurrentView()).isInstanceOf(DocumentsView.class);
        assertThat(drafts.current().orElseThrow().skipped(2)).isFalse();
    }

    @Test
    void aRequiredDocumentWithAPageGoesOnToTheNextDocument() {
        FilingDraft draft = drafts.forProcedure(BIRTH);
        drafts.attach(draft, card, 2, intake.photo(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)));
        navigate("nop-ho-so/" + BIRTH + "/giay-to/1", DocumentsView.class);
        assertThat(find(Span.class).withText("Trang 1").all()).hasSize(1);

        test(find(Button.class).withId("document-next").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DocumentsView.class);
        assertThat(find(H1.class).withId("document-name").single().getText()).startsWith("Biên bản về việc trẻ bị bỏ rơi");
        assertThat(find(Paragraph.class).withId("document-problem").all()).as("no problem shown").isEmpty();
    }

    @Test
    void anOptionalDocumentTheResidentDoesNotHaveIsSkippedAndItsPagesRemoved() {
        FilingDraft draft = drafts.forProcedure(BIRTH);
        drafts.attach(draft, card, 3, intake.photo(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)));
        navigate("nop-ho-so/" + BIRTH + "/giay-to/2", DocumentsView.class);
        assertThat(find(H1.class).withId("document-name").single().getText()).startsWith("Biên bản về việc trẻ bị bỏ rơi");
        Button skip = find(Button.class).withId("document-skip").single();
        assertThat(skip.getText()).isEqualTo("Tôi không có giấy này");

        test(skip).click();

        assertThat(draft.skipped(3)).isTrue();
        assertThat(draft.pages(3)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from filing_draft_page where draft_id = ("
                + "select id from filing_draft where draft_code = ?)", Integer.class, draft.draftCode())).isZero();
        assertThat(jdbc.queryForObject("select content from filing_draft where draft_code = ?", String.class,
                draft.draftCode())).contains("\"skipped\":[3]");
        assertThat(find(H1.class).withId("document-name").single().getText())
                .as("on to the next document").startsWith("Văn bản xác nhận của cơ sở y tế");
    }

    @Test
    void nextOnAnOptionalDocumentWithoutPagesAlsoMovesOnAndMarksItSkipped() {
        navigate("nop-ho-so/" + BIRTH + "/giay-to/4", DocumentsView.class);
        assertThat(find(H1.class).withId("document-name").single().getText()).startsWith("Văn bản ủy quyền");

        test(find(Button.class).withId("document-next").single()).click();

        assertThat(drafts.current().orElseThrow().skipped(5)).isTrue();
        // the last document: on to the review, which sends the resident to the first question still open
        assertThat(getCurrentView()).isInstanceOf(QuestionView.class);
    }

    @Test
    void aBadPageCanBeRemovedAndIsGoneFromTheSavedDraft() {
        FilingDraft draft = drafts.forProcedure(BIRTH);
        drafts.attach(draft, card, 2, intake.photo(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)));
        drafts.attach(draft, card, 2, intake.photo(new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB)));
        navigate("nop-ho-so/" + BIRTH + "/giay-to/1", DocumentsView.class);

        test(find(Button.class).withId("remove-page-1").single()).click();

        assertThat(draft.pages(2)).hasSize(1);
        assertThat(find(Button.class).withId("remove-page-2").all()).isEmpty();
        test(find(Button.class).withId("remove-page-1").single()).click();
        assertThat(draft.pages(2)).isEmpty();
        assertThat(text("document-pages")).isEqualTo("Chưa có trang nào.");
        assertThat(jdbc.queryForObject("select count(*) from filing_draft_page where draft_id = ("
                + "select id from filing_draft where draft_code = ?)", Integer.class, draft.draftCode())).isZero();
    }

    @Test
    void theDraftCodeIsOnTheDocumentsScreen() {
        FilingDraft draft = drafts.forProcedure(BIRTH);
        drafts.keep(draft, card);

        navigate("nop-ho-so/" + BIRTH + "/giay-to/1", DocumentsView.class);

        assertThat(find(Span.class).withId("draft-code").single().getText())
                .isEqualTo("Mã hồ sơ nháp: " + DraftCodes.spaced(draft.draftCode()));
    }

    @Test
    void aStepNumberThatIsNotANumberOpensTheFirstStep() {
        navigate("nop-ho-so/" + BIRTH + "/giay-to/mot", DocumentsView.class);
        assertThat(find(Span.class).withClassName("question-count").single().getText()).isEqualTo("Giấy tờ 1 / 4");

        navigate("nop-ho-so/" + BIRTH + "/cau-hoi/99999999999", QuestionView.class);
        assertThat(find(Span.class).withClassName("question-count").single().getText()).isEqualTo("Câu 1 / 24");
    }

    // --- save and carry on later ----------------------------------------------------------------------------------------

    @Test
    void pausingShowsTheCodeInTwoGroupsAndUntilWhenItCanBeResumed() {
        LocalDateTime before = LocalDateTime.now(clock).plus(drafts.keptFor());
        navigate("nop-ho-so/" + BIRTH + "/tam-dung", PausedView.class);
        LocalDateTime after = LocalDateTime.now(clock).plus(drafts.keptFor());

        FilingDraft draft = drafts.current().orElseThrow();
        assertThat(draft.draftCode()).matches("\\d{8}");
        String code = find(Component.class).withId("paused-code").single().getElement().getTextRecursively();
        assertThat(code).matches("\\d{4} \\d{4}").isEqualTo(
                draft.draftCode().substring(0, 4) + " " + draft.draftCode().substring(4));
        assertThat(find(Paragraph.class).withId("paused-until").single().getText()).isIn(
                "Bạn làm tiếp được đến " + KioskLocales.dayAndTime(before) + ". Sau đó bản nháp tự xoá.",
                "Bạn làm tiếp được đến " + KioskLocales.dayAndTime(after) + ". Sau đó bản nháp tự xoá.");
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where draft_code = ?", Integer.class,
                draft.draftCode())).isOne();
    }

    @Test
    void doneAfterPausingEndsTheVisitButKeepsTheSavedDraft() {
        navigate("nop-ho-so/" + BIRTH + "/tam-dung", PausedView.class);
        String code = drafts.current().orElseThrow().draftCode();

        test(find(Button.class).withId("paused-finish").single()).click();

        assertThat(identity.confirmed()).isEmpty();
        assertThat(drafts.current()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where draft_code = ?", Integer.class, code))
                .isOne();
    }

    // --- resuming -------------------------------------------------------------------------------------------------------

    @Test
    void wrongDigitsSayPlainlyThatNothingWasFound() {
        String code = savedDraftOfAnotherVisit(0);
        navigate(ResumeView.class);

        resume(code, wrongDigits());

        Paragraph problem = find(Paragraph.class).withId("resume-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Mã nháp hoặc 4 số cuối chưa đúng, hoặc bản nháp đã quá hạn và đã bị "
                + "xoá. Bạn kiểm tra lại rồi thử lần nữa.");
        assertThat(getCurrentView()).isInstanceOf(ResumeView.class);
        assertThat(identity.confirmed()).isEmpty();
    }

    @Test
    void theRightDigitsConfirmTheCardAndGoToTheFirstQuestionStillOpen() {
        String code = savedDraftOfAnotherVisit(3);
        navigate(ResumeView.class);

        resume(code.substring(0, 4) + " " + code.substring(4), card.lastFourDigits());

        assertThat(identity.confirmed()).contains(card);
        assertThat(getCurrentView()).isInstanceOf(QuestionView.class);
        assertThat(find(H1.class).withId("question").single().getText()).isEqualTo(field(3).labelVi());
        assertThat(drafts.current().orElseThrow().answer(field(0).key())).isEqualTo("answer 0");
    }

    @Test
    void aDraftWithEveryQuestionAnsweredResumesAtTheDocuments() {
        String code = savedDraftOfAnotherVisit(birth().getFormFields().size());
        navigate(ResumeView.class);

        resume(code, card.lastFourDigits());

        assertThat(getCurrentView()).isInstanceOf(DocumentsView.class);
        assertThat(find(H1.class).withId("document-name").single().getText()).startsWith("Giấy chứng sinh");
    }

    @Test
    void afterFiveWrongTriesTheDraftIsLocked() {
        String code = savedDraftOfAnotherVisit(0);
        navigate(ResumeView.class);

        for (int attempt = 1; attempt <= 4; attempt++) {
            resume(code, wrongDigits());
            assertThat(find(Paragraph.class).withId("resume-problem").single().getText()).as("try %d", attempt)
                    .startsWith("Mã nháp hoặc 4 số cuối chưa đúng");
        }
        String locked = "Bản nháp này đã bị khoá vì nhập sai nhiều lần. Bạn hãy mang thẻ căn cước đến bộ phận Một cửa "
                + "để được giúp.";
        resume(code, wrongDigits());
        assertThat(find(Paragraph.class).withId("resume-problem").single().getText()).isEqualTo(locked);

        resume(code, card.lastFourDigits());
        assertThat(find(Paragraph.class).withId("resume-problem").single().getText()).isEqualTo(locked);
        assertThat(getCurrentView()).isInstanceOf(ResumeView.class);
        assertThat(identity.confirmed()).isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    /**
     * A draft of the birth registration with the first {@code answered} questions answered, saved in this visit,
     * which then ends: the resident comes back later, unidentified.
     */
    private String savedDraftOfAnotherVisit(int answered) {
        FilingDraft draft = drafts.forProcedure(BIRTH);
        List<FormField> fields = birth().getFormFields();
        for (int i = 0; i < answered; i++) {
            draft.answer(fields.get(i).key(), "answer " + i);
        }
        assertThat(drafts.keep(draft, card)).isTrue();
        drafts.forget();
        identity.forget();
        return draft.draftCode();
    }

    private void resume(String code, String digits) {
        test(find(TextField.class).withId("resume-code").single()).setValue(code);
        test(find(TextField.class).withId("resume-digits").single()).setValue(digits);
        test(find(Button.class).withId("resume-go").single()).click();
    }

    private String wrongDigits() {
        return String.format("%04d", (Integer.parseInt(card.lastFourDigits()) + 1) % 10_000);
    }

    private Procedure birth() {
        return catalog.procedure(BIRTH).orElseThrow();
    }

    private FormField field(int index) {
        return birth().getFormFields().get(index);
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    private static String uniqueIdNumber() {
        return "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }
}
