package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.Sex;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The filing journey's screens without a browser: consent, one question per screen, review. */
@KioskIntegrationTest
class FilingViewsTest extends SpringBrowserlessTest {

    static final CitizenIdCard AN = new CitizenIdCard("001090012345", null, "Nguyễn Văn An", LocalDate.of(1990, 8, 15),
            Sex.MALE, "Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội", null);

    @Autowired
    ResidentIdentity identity;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    DocumentIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void identified() {
        identity.confirm(AN);
    }

    @Test
    void withoutAnIdentifiedResidentFilingStartsAtTheCard() {
        identity.forget();

        UI.getCurrent().navigate("nop-ho-so/1.001193/dong-y");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("IdentifyView");
        assertThat(find(H1.class).single().getText()).isEqualTo("Cho máy đọc thẻ căn cước");
    }

    @Test
    void consentIsRecordedWithItsTextVersionAndWithoutTheIdNumber() {
        int before = jdbc.queryForObject("select count(*) from consent_record", Integer.class);
        navigate("nop-ho-so/1.001193/dong-y", ConsentView.class);

        test(find(Button.class).withId("consent-agree").single()).click();

        assertThat(jdbc.queryForObject("select count(*) from consent_record", Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select text_version from consent_record order by id desc limit 1",
                String.class)).isEqualTo("2026-11-card-data-v1");
        assertThat(jdbc.queryForObject("select subject_hash from consent_record order by id desc limit 1",
                String.class)).doesNotContain("001090012345").hasSize(64);
        assertThat(find(H1.class).single().getText()).isEqualTo("Họ, chữ đệm, tên của trẻ");
        assertThat(drafts.current()).get().extracting(d -> d.consentRecordId()).isNotNull();
    }

    @Test
    void aRequiredQuestionLeftEmptySaysSoAndStays() {
        navigate("nop-ho-so/1.001193/cau-hoi/1", QuestionView.class);

        test(find(Button.class).withId("question-next").single()).click();

        assertThat(find(TextField.class).withId("answer").single().getErrorMessage())
                .isEqualTo("Bạn chưa trả lời câu này.");
        assertThat(getCurrentView()).isInstanceOf(QuestionView.class);
    }

    @Test
    void whatTheCardSaysIsFilledInForConfirmation() {
        navigate("nop-ho-so/1.001193/cau-hoi/20", QuestionView.class);

        assertThat(find(TextField.class).withId("answer").single().getValue()).isEqualTo("Nguyễn Văn An");
        assertThat(find(Paragraph.class).withClassName("from-card").single().getElement().getTextRecursively())
                .contains("Lấy từ thẻ căn cước");

        navigate("nop-ho-so/1.001193/cau-hoi/22", QuestionView.class);
        assertThat(find(TextArea.class).withId("answer").single().getValue()).contains("Xã Yên Bình");
    }

    @Test
    void answersAreKeptAndTheReviewListsThemWithChange() {
        navigate("nop-ho-so/1.001193/cau-hoi/1", QuestionView.class);
        test(find(TextField.class).withId("answer").single()).setValue("Nguyễn Minh Khang");
        test(find(Button.class).withId("question-next").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Ngày, tháng, năm sinh");

        drafts.current().orElseThrow();
        var draft = drafts.forProcedure("1.001193");
        for (String key : new String[] {"childDateOfBirth", "childSex", "childEthnicity", "childNationality",
                "placeOfBirth", "hometown", "motherFullName", "motherDateOfBirth", "motherIdNumber", "motherEthnicity",
                "motherResidence", "fatherFullName", "fatherDateOfBirth", "fatherIdNumber", "fatherEthnicity",
                "fatherResidence", "marriageCertificateInfo", "declarantRelationship", "declarantFullName",
                "declarantIdNumber", "declarantAddress", "phone", "email"}) {
            draft.answer(key, "x");
        }
        navigate("nop-ho-so/1.001193/kiem-tra", DocumentsView.class);
        assertThat(find(H1.class).single().getText()).startsWith("Giấy chứng sinh");
        drafts.attach(draft, AN, 2, intake.photo(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)));
        for (int optional = 3; optional <= 5; optional++) {
            draft.skip(optional);
        }
        navigate("nop-ho-so/1.001193/kiem-tra", ReviewView.class);

        assertThat(find(Paragraph.class).withClassName("review-answer").all()).hasSize(24 + 5).first()
                .extracting(Paragraph::getText).isEqualTo("Nguyễn Minh Khang");
        assertThat(find(Div.class).withId("review-documents").single().getElement().getTextRecursively())
                .contains("Lập từ câu trả lời của bạn", "1 trang", "Không có",
                        "Mang theo bản chính khi nhận kết quả");
        test(find(Button.class).withId("change-1").single()).click();
        assertThat(find(TextField.class).withId("answer").single().getValue()).isEqualTo("Nguyễn Minh Khang");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongListShowsTheUsualChoicesAndASearchBringsAnyOtherToTheTop() {
        navigate("nop-ho-so/1.001193/cau-hoi/4", QuestionView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Dân tộc");
        RadioButtonGroup<String> choices = find(RadioButtonGroup.class).withId("answer-choices").single();
        TextField search = find(TextField.class).withId("answer-search").single();
        Button more = find(Button.class).withId("answer-more").single();
        assertThat(choices.getListDataView().getItems().toList()).containsExactly("Kinh", "Tày", "Thái", "Hoa", "Khơ-me",
                "Mường");
        assertThat(more.getText()).isEqualTo("Xem thêm (còn 48)");

        test(find(Button.class).withId("question-next").single()).click();
        assertThat(choices.getErrorMessage()).isEqualTo("Bạn hãy chạm vào một tên trong danh sách.");
        assertThat(getCurrentView()).isInstanceOf(QuestionView.class);

        test(search).setValue("san diu");
        assertThat(choices.getListDataView().getItems().toList()).hasSize(6).first().isEqualTo("Sán Dìu");
        assertThat(search.getHelperText()).isEqualTo("Tìm thấy 1, xếp lên đầu danh sách.");
        test(choices).selectItem("Sán Dìu");
        // a keystroke that changes nothing on the list leaves its buttons alone (a tap on one is never lost)
        var buttonsBefore = choices.getDataProvider();
        test(search).setValue("san diu ");
        assertThat(choices.getDataProvider()).isSameAs(buttonsBefore);
        assertThat(choices.getValue()).isEqualTo("Sán Dìu");
        test(search).setValue("khmer");
        assertThat(choices.getListDataView().getItems().toList()).hasSize(6).startsWith("Sán Dìu", "Khơ-me");
        assertThat(choices.getValue()).isEqualTo("Sán Dìu");
        test(search).setValue("xyz");
        assertThat(search.getHelperText()).isEqualTo("Không thấy tên nào như vậy. Bạn thử gõ cách khác.");
        test(search).setValue("");
        test(more).click();
        assertThat(choices.getListDataView().getItems().toList()).hasSize(18).startsWith("Kinh").endsWith("Sán Dìu");
        assertThat(more.getText()).isEqualTo("Xem thêm (còn 36)");

        test(find(Button.class).withId("question-next").single()).click();
        assertThat(drafts.forProcedure("1.001193").answer("childEthnicity")).isEqualTo("Sán Dìu");
        assertThat(find(H1.class).single().getText()).isEqualTo("Quốc tịch");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nationalityComesWithVietNamChosenAndOtherCountriesAreFoundByTheirEverydayNames() {
        navigate("nop-ho-so/1.001193/cau-hoi/5", QuestionView.class);
        RadioButtonGroup<String> choices = find(RadioButtonGroup.class).withId("answer-choices").single();
        TextField search = find(TextField.class).withId("answer-search").single();
        assertThat(choices.getValue()).isEqualTo("Việt Nam");
        assertThat(choices.getListDataView().getItems().toList()).first().isEqualTo("Việt Nam");

        test(search).setValue("my");
        assertThat(choices.getListDataView().getItems().toList()).startsWith("Hoa Kỳ");
        test(search).setValue("phap");
        assertThat(choices.getListDataView().getItems().toList()).startsWith("Pháp");
        test(choices).selectItem("Pháp");
        test(find(Button.class).withId("question-next").single()).click();
        assertThat(drafts.forProcedure("1.001193").answer("childNationality")).isEqualTo("Pháp");

        navigate("nop-ho-so/1.001193/cau-hoi/5", QuestionView.class);
        assertThat(find(RadioButtonGroup.class).withId("answer-choices").single().getValue()).isEqualTo("Pháp");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sexWithoutOptionsInTheCatalogIsTwoBigChoicesTakenFromTheCardInVietnameseWhateverTheLanguage() {
        UI.getCurrent().getSession().setLocale(KioskLocales.ENGLISH);
        navigate("nop-ho-so/1.001612/cau-hoi/11", QuestionView.class);

        RadioButtonGroup<String> sex = find(RadioButtonGroup.class).withId("answer").single();
        assertThat(sex.getListDataView().getItems().toList()).containsExactly("Nam", "Nữ");
        assertThat(sex.getValue()).isEqualTo("Nam");
    }
}
