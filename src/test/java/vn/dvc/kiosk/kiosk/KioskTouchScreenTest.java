package vn.dvc.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.filing.FiledDossiers;
import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * On a kiosk's own touch screen (a kiosk profile, LOCAL server) nothing leads out of the app: VNPay is paid from the
 * phone through the QR code, without the link to VNPay's site (the kiosk's browser blocks it and has no way back).
 * Same profile, hence the same Spring context, as {@code KioskProfileCatalogViewsTest}.
 */
@KioskIntegrationTest
@TestPropertySource(properties = { "kiosk.profile.id=KIOSK-00070-TEST", "kiosk.profile.commune-code=00070",
        "kiosk.profile.enabled-procedures=1.001193, 1.000894", "kiosk.profile.languages=vi",
        "kiosk.profile.volume=0" })
class KioskTouchScreenTest extends SpringBrowserlessTest {

    @Autowired
    ResidentScreenOptions screens;
    @Autowired
    Dossiers dossiers;

    @Test
    void theKiosksScreenIsATouchScreen() {
        assertThat(screens.kioskTouchScreen()).isTrue();
        assertThat(ResidentScreenOptions.ALL.kioskTouchScreen()).as("a tablet, a server").isFalse();
    }

    @Test
    void vnPayIsPaidFromThePhoneWithoutALinkOutOfTheApp() {
        String token = dossiers.submit(new DossierApplication("1.001193", "Đăng ký khai sinh",
                ProcessingPeriod.workingDays(3), new Applicant("001190012345", "Nguyễn Thị Lan",
                        LocalDate.of(1990, 3, 14), "Nữ", "Số 5 phố Huế, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, null, null, SubmissionChannel.ONLINE, 8_000L, null, null,
                List.of(), null)).trackingToken();
        // as the delivery screen's Submit leaves it: this visit filed the dossier
        VaadinSession.getCurrent().setAttribute(FiledDossiers.class.getName(), Set.of(token));
        UI.getCurrent().navigate("thanh-toan/" + token);

        test(find(NativeButton.class).withId("pay-vnpay").single()).click();

        assertThat(find(Image.class).withId("vnpay-qr").single().getSrc()).startsWith("data:image/png");
        assertThat(find(Anchor.class).withId("vnpay-open").all()).as("no link to VNPay's payment page").isEmpty();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).as("every link stays in the app")
                .allMatch(href -> !href.contains("://") && !href.startsWith("//"));
    }
}
