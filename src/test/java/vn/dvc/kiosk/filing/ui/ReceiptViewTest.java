package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.VisitEnded;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The receipt slip names the applicant, and its QR carries the token of its own address: only the visit that filed
 * the dossier sees the slip, anyone else holding the token gets the public tracking page.
 */
@KioskIntegrationTest
class ReceiptViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentIdentity identity;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    DocumentIntake intake;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void identified() {
        identity.confirm(FilingViewsTest.AN);
    }

    @Test
    void theVisitThatFiledSeesTheSlipWithTheApplicantAndAnyoneElseTheTrackingPage() {
        String token = fileBirthRegistration();

        assertThat(getCurrentView()).isInstanceOf(ReceiptView.class);
        String code = find(H1.class).withId("dossier-code").single().getText();
        String slip = find(Div.class).withId("receipt-form").single().getElement().getTextRecursively();
        assertThat(slip).contains("Trung tâm Phục vụ hành chính công xã (demo)", "Nguyễn Văn An",
                "Thôn Đông, Xã Yên Bình", "0912345678", "Đăng ký khai sinh", "1 bộ", "Trong ngày làm việc",
                "Tại bộ phận Một cửa", "Miễn phí", "Tiếp nhận trực tuyến qua ki-ốt");
        assertThat(slip).matches("(?s).*Thời gian nhận hồ sơ: \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d.*");
        assertThat(find(NativeTable.class).withId("receipt-documents").single().getElement().getTextRecursively())
                .contains("Tờ khai đăng ký khai sinh", "Tờ khai điện tử", "Giấy chứng sinh", "Bản chính");

        events.publishEvent(new VisitEnded("test: the next resident"));
        identity.confirm(FilingViewsTest.AN);
        UI.getCurrent().navigate("bien-nhan/" + token);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TrackingView");
        assertThat(location()).isEqualTo("theo-doi/" + token);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(code)
                .doesNotContain("Nguyễn Văn An", "Thôn Đông", "0912345678");
    }

    @Test
    void aTokenThisVisitDidNotFileNeverShowsASlip() {
        UI.getCurrent().navigate("bien-nhan/AbCdEfGhIjKlMnOpQrStUv");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TrackingView");
        assertThat(find(Div.class).withId("receipt-form").all()).isEmpty();
    }

    /** Through the delivery screen's Submit, as a resident does; returns the dossier's tracking token. */
    private String fileBirthRegistration() {
        var draft = drafts.forProcedure("1.001193");
        for (String key : new String[] {"childFullName", "childDateOfBirth", "childSex", "childEthnicity",
                "childNationality", "placeOfBirth", "hometown", "motherFullName", "motherDateOfBirth",
                "motherIdNumber", "motherEthnicity", "motherResidence", "fatherFullName", "fatherDateOfBirth",
                "fatherIdNumber", "fatherEthnicity", "fatherResidence", "marriageCertificateInfo",
                "declarantRelationship", "declarantFullName", "declarantIdNumber", "declarantAddress"}) {
            draft.answer(key, "x");
        }
        draft.answer("phone", "0912345678");
        draft.answer("email", "");
        drafts.attach(draft, FilingViewsTest.AN, 2, intake.photo(new BufferedImage(800, 600,
                BufferedImage.TYPE_INT_RGB)));
        for (int optional = 3; optional <= 5; optional++) {
            draft.skip(optional);
        }
        navigate("nop-ho-so/1.001193/nhan-ket-qua", DeliveryView.class);
        test(find(Button.class).withId("submit").single()).click();
        String location = location();
        assertThat(location).startsWith("bien-nhan/");
        return location.substring("bien-nhan/".length());
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
