package vn.dvc.kiosk.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.Sex;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The identification screens without a browser: choices, manual entry and its checks, confirmation. */
@KioskIntegrationTest
class IdentityViewsTest extends SpringBrowserlessTest {

    @Autowired
    ResidentIdentity identity;

    @Test
    void offersTheKioskCameraTheDeviceCameraAndTyping() {
        navigate(IdentifyView.class);

        assertThat(find(RouterLink.class).withClassName("identify-choice").all()).extracting(RouterLink::getId)
                .map(id -> id.orElse(""))
                .containsExactly("choice-kiosk", "choice-device", "choice-manual");
    }

    @Test
    void typedDetailsAreCheckedLikeAScannedCard() {
        navigate(ManualEntryView.class);
        fillIn("001190012345", "Nguyễn Văn An", 15, 8, 1990, Sex.MALE);

        test(find(Button.class).withId("manual-continue").single()).click();

        TextField idNumber = find(TextField.class).withId("manual-id-number").single();
        assertThat(idNumber.isInvalid()).isTrue();
        assertThat(idNumber.getErrorMessage()).contains("không khớp với giới tính");
        assertThat(identity.awaitingConfirmation()).isEmpty();
    }

    @Test
    void missingAnswersAreNamedNextToTheirField() {
        navigate(ManualEntryView.class);

        test(find(Button.class).withId("manual-continue").single()).click();

        assertThat(find(TextField.class).withId("manual-full-name").single().getErrorMessage())
                .isEqualTo("Bạn chưa nhập mục này.");
        assertThat(find(Paragraph.class).withId("manual-date-error").single().getText()).contains("ngày, tháng và năm");
    }

    @Test
    void correctTypedDetailsGoToConfirmationWithTheAddressOfToday() {
        navigate(ManualEntryView.class);
        fillIn("001090012345", "Nguyễn Văn An", 15, 8, 1990, Sex.MALE);
        test(find(TextField.class).withId("manual-full-name").single()).setValue("Nguyễn Văn An");
        find(com.vaadin.flow.component.textfield.TextArea.class).withId("manual-address").single()
                .setValue("Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội");

        test(find(Button.class).withId("manual-continue").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ConfirmCardView.class);
        String details = find(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(details).contains("Nguyễn Văn An").contains("15/08/1990").contains("001 090 012 345")
                .contains("Nay thuộc").contains("Hà Nội");
    }

    @Test
    void confirmingRemembersTheResidentForThisVisitOnly() {
        identity.read(new CitizenIdCard("001090012345", null, "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
                null, null));
        navigate(ConfirmCardView.class);

        test(find(Button.class).withId("confirm-yes").single()).click();

        assertThat(identity.confirmed()).map(CitizenIdCard::fullName).contains("Nguyễn Văn An");
        assertThat(find(H1.class).single().getText()).isEqualTo("Xin chào Nguyễn Văn An");

        test(find(Button.class).withId("finish").single()).click();

        assertThat(identity.confirmed()).isEmpty();
    }

    @Test
    void confirmationWithoutACardSendsTheResidentToScan() {
        identity.forget();
        navigate(ConfirmCardView.class);

        assertThat(find(H1.class).single().getText()).contains("Mời bạn quét thẻ");
    }

    @SuppressWarnings("unchecked")
    private void fillIn(String id, String name, int day, int month, int year, Sex sex) {
        test(find(TextField.class).withId("manual-id-number").single()).setValue(id);
        test(find(TextField.class).withId("manual-full-name").single()).setValue(name);
        find(Select.class).withId("manual-day").single().setValue(day);
        find(Select.class).withId("manual-month").single().setValue(month);
        find(Select.class).withId("manual-year").single().setValue(year);
        find(RadioButtonGroup.class).withId("manual-sex").single().setValue(sex);
    }
}
