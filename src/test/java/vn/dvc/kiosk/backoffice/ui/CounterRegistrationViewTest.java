package vn.dvc.kiosk.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.dvc.kiosk.backoffice.FailingCounterRegistration;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The counter registration form, signed in as the demo officer canbo (unit 000.00.00.H01). */
@KioskIntegrationTest
@WithUserDetails("canbo")
class CounterRegistrationViewTest extends SpringBrowserlessTest {

    static final String RESIDENCE_LABEL = "Đăng ký thường trú (1.004222)";

    @Autowired
    DossierProcessing processing;

    @Autowired
    Catalog catalog;

    @Autowired
    Dossiers dossiers;

    @Autowired
    CurrentStaff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerRegistersADossierAndTheFormClearsButKeepsTheProcedure() {
        navigate(CounterRegistrationView.class);
        ComboBox<Procedure> procedure = find(ComboBox.class).withId("counter-procedure").single();
        // forgiving search: no tone marks, part of the name
        assertThat(test(procedure).getSuggestionItems().size()).isGreaterThan(1);
        test(procedure).setFilter("dang ky thuong tru");
        assertThat(test(procedure).getSuggestions()).contains(RESIDENCE_LABEL);
        test(procedure).selectItem(RESIDENCE_LABEL);
        test(field("counter-full-name")).setValue("Trần Văn Hùng");
        test(field("counter-id-number")).setValue("001085012345");
        test(field("counter-phone")).setValue("0901234567");
        RadioButtonGroup<ResultDelivery> delivery = find(RadioButtonGroup.class).withId("counter-delivery").single();
        test(delivery).selectItem("Bản điện tử");
        test(find(IntegerField.class).withId("counter-sets").single()).setValue(1);

        test(find(Button.class).withId("counter-submit").single()).click();

        String code = find(Span.class).withId("counter-done-code").single().getText()
                .replaceAll("^Đã tiếp nhận hồ sơ (\\S+)\\. .*$", "$1");
        var detail = processing.detail(code).orElseThrow();
        assertThat(detail.receivingUnitCode()).isEqualTo("000.00.00.H01");
        assertThat(detail.channel()).isEqualTo(SubmissionChannel.IN_PERSON);
        assertThat(detail.resultDelivery()).isEqualTo(ResultDelivery.ELECTRONIC);
        assertThat(detail.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(detail.history()).allSatisfy(entry ->
                assertThat(entry.changedBy()).isEqualTo("Nguyễn Thị Lan (canbo, 000.00.00.H01)"));
        assertThat(find(Anchor.class).withId("counter-done-open").single().getHref())
                .isEqualTo("can-bo/ho-so/" + code);

        // ready for the next resident: the procedure stays, the rest is new
        assertThat(procedure.getValue().getCode()).isEqualTo("1.004222");
        assertThat(field("counter-full-name").getValue()).isEmpty();
        assertThat(field("counter-id-number").getValue()).isEmpty();
        assertThat(field("counter-phone").getValue()).isEmpty();
        assertThat(delivery.getValue()).isEqualTo(ResultDelivery.COUNTER);
        assertThat(find(IntegerField.class).withId("counter-sets").single().getValue()).isNull();
    }

    @Test
    void mistakesAreExplainedNextToTheFieldsAndWhatWasTypedStays() {
        navigate(CounterRegistrationView.class);
        test(field("counter-full-name")).setValue("Trần Văn Hùng");
        test(field("counter-id-number")).setValue("00108501234");
        test(field("counter-phone")).setValue("12345");
        RadioButtonGroup<ResultDelivery> delivery = find(RadioButtonGroup.class).withId("counter-delivery").single();
        test(delivery).selectItem("Qua bưu chính");

        test(find(Button.class).withId("counter-submit").single()).click();

        ComboBox<Procedure> procedure = find(ComboBox.class).withId("counter-procedure").single();
        assertThat(procedure.isInvalid()).isTrue();
        assertThat(procedure.getErrorMessage()).isEqualTo("Bạn hãy chọn thủ tục trong danh sách.");
        assertThat(field("counter-id-number").getErrorMessage())
                .isEqualTo("Số định danh cá nhân gồm đúng 12 chữ số; ô này đang có 11 chữ số.");
        assertThat(field("counter-phone").getErrorMessage())
                .isEqualTo("Số điện thoại gồm 10 chữ số, bắt đầu bằng số 0.");
        assertThat(field("counter-delivery-address").getErrorMessage())
                .isEqualTo("Bạn hãy nhập địa chỉ để gửi kết quả qua bưu chính.");
        assertThat(field("counter-full-name").isInvalid()).isFalse();
        assertThat(find(Div.class).withId("counter-message").single().getElement().getTextRecursively())
                .isEqualTo("Còn 4 chỗ cần sửa, xem ghi chú màu đỏ dưới từng ô.");
        assertThat(field("counter-full-name").getValue()).isEqualTo("Trần Văn Hùng");
        assertThat(field("counter-id-number").getValue()).isEqualTo("00108501234");

        // a 12-digit number whose first three digits are no province
        test(field("counter-id-number")).setValue("999085012345");
        test(find(Button.class).withId("counter-submit").single()).click();
        assertThat(field("counter-id-number").getErrorMessage()).startsWith("Ba số đầu (999) không phải mã tỉnh");
    }

    @Test
    void aDatabaseFailureIsExplainedAndWhatWasTypedStays() {
        CounterRegistrationView view = new CounterRegistrationView(FailingCounterRegistration.databaseDown(catalog, dossiers),
                staff);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        test(view.procedure).selectItem(RESIDENCE_LABEL);
        test(view.fullName).setValue("Trần Văn Hùng");
        test(view.idNumber).setValue("001085012345");

        view.register();

        assertThat(view.message()).startsWith("Chưa lưu được hồ sơ do lỗi hệ thống. Thông tin bạn nhập vẫn còn");
        assertThat(view.procedure.getValue().getCode()).isEqualTo("1.004222");
        assertThat(view.fullName.getValue()).isEqualTo("Trần Văn Hùng");
        assertThat(view.idNumber.getValue()).isEqualTo("001085012345");
    }

    /**
     * The database commits, then the answer is lost: the officer is told to try again and taps "Tiếp nhận" again.
     * The same form gives the dossier registered the first time; the next resident's form is a new dossier.
     */
    @Test
    void tryingAgainAfterALostAnswerRegistersTheDossierOnce() {
        CounterRegistrationView view = new CounterRegistrationView(
                FailingCounterRegistration.firstAnswerLost(catalog, dossiers), staff);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        test(view.procedure).selectItem(RESIDENCE_LABEL);
        test(view.fullName).setValue("Vũ Thị Thanh");
        test(view.idNumber).setValue("001186012347");
        int before = dossiersStored();

        view.register();
        assertThat(view.message()).startsWith("Chưa lưu được hồ sơ do lỗi hệ thống.");
        view.register();

        assertThat(view.message()).startsWith("Đã tiếp nhận hồ sơ");
        assertThat(dossiersStored()).as("dossiers at the desk").isEqualTo(before + 1);
        test(view.fullName).setValue("Vũ Văn Nam");
        test(view.idNumber).setValue("001087012348");
        view.register();
        assertThat(dossiersStored()).as("the next resident's dossier").isEqualTo(before + 2);
    }

    private int dossiersStored() {
        return jdbc.queryForObject("select count(*) from dossier", Integer.class);
    }

    @Test
    @WithUserDetails("lanhdao")
    void aLeaderCannotOpenIt() {
        Throwable refused = catchThrowable(() -> navigate(CounterRegistrationView.class));
        assertThat(refused != null || !(getCurrentView() instanceof CounterRegistrationView))
                .as("a leader is refused the counter form").isTrue();
        assertThat(find(Button.class).withId("counter-submit").all()).isEmpty();
    }

    @Test
    @WithUserDetails("tuvan")
    void anAdvisorCannotOpenIt() {
        Throwable refused = catchThrowable(() -> navigate(CounterRegistrationView.class));
        assertThat(refused != null || !(getCurrentView() instanceof CounterRegistrationView))
                .as("an advisor is refused the counter form").isTrue();
        assertThat(find(Button.class).withId("counter-submit").all()).isEmpty();
    }

    private TextField field(String id) {
        return find(TextField.class).withId(id).single();
    }
}
