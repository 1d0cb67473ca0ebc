package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.kiosk.printing.EscPosJob;
import vn.dvc.kiosk.kiosk.printing.ThermalReceiptEscPosTest;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The receipt screen of a kiosk with a thermal printer (the tests' printer is the file target/test-printer/lp0): the
 * big "Print" button sends the ESC/POS job there; with the printer gone, the resident is told what to do instead and
 * the receipt stays on screen. Preview of the printed receipt: target/screenshots/thermal-receipt-app-80mm.png.
 */
@KioskIntegrationTest
class ThermalReceiptPrintViewTest extends SpringBrowserlessTest {

    static final Path PRINTER = Path.of("target", "test-printer", "lp0");

    @Autowired
    ResidentIdentity identity;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    DocumentIntake intake;

    @BeforeEach
    void identified() throws Exception {
        identity.confirm(FilingViewsTest.AN);
        Files.createDirectories(PRINTER.getParent());
        Files.deleteIfExists(PRINTER);
    }

    @Test
    void theBigPrintButtonPrintsTheReceiptOnTheThermalPrinter() throws Exception {
        Files.createFile(PRINTER);
        String token = fileBirthRegistration();
        Button print = find(Button.class).withId("print-thermal").single();
        assertThat(print.getText()).isEqualTo("In biên nhận");
        assertThat(print.getParent().orElseThrow().getClassNames()).as("big like the screen's other actions: 72 px, "
                + "26 px text").contains("actions");
        assertThat(find(Button.class).withId("print").all()).as("no browser print on the thermal roll").isEmpty();

        test(print).click();
        assertThat(printMessage()).isEqualTo("Đang in biên nhận, bạn chờ một chút…");
        assertThat(print.isEnabled()).as("one print at a time").isFalse();
        awaitThePrint();

        EscPosJob job = EscPosJob.parse(Files.readAllBytes(PRINTER));
        BufferedImage printed = job.image();
        Path preview = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(printed, "png", preview.resolve("thermal-receipt-app-80mm.png").toFile());
        assertThat(job.widthDots()).isEqualTo(576);
        assertThat(ThermalReceiptEscPosTest.decodeQr(printed)).as("the tracking link of this dossier")
                .endsWith("/theo-doi/" + token);
        assertThat(printMessage()).startsWith("Đã in biên nhận.");
        assertThat(print.isEnabled()).as("another copy can be printed").isTrue();
    }

    @Test
    void withThePrinterGoneTheResidentIsToldWhatToDoAndTheReceiptStays() throws Exception {
        fileBirthRegistration();
        String code = find(H1.class).withId("dossier-code").single().getText();

        test(find(Button.class).withId("print-thermal").single()).click();
        awaitThePrint();

        assertThat(printMessage()).startsWith("Máy in đang hỏng").contains("chụp ảnh mã hồ sơ", "nhờ cán bộ");
        assertThat(find(H1.class).withId("dossier-code").single().getText()).isEqualTo(code);
        assertThat(find(Div.class).withId("receipt-form").all()).hasSize(1);
        assertThat(PRINTER).as("no file made where the device should be").doesNotExist();
    }

    private String printMessage() {
        return find(Paragraph.class).withId("print-message").single().getText();
    }

    /** The print runs beside the screen; its outcome reaches the screen as a server push (a round trip here). */
    private void awaitThePrint() throws InterruptedException {
        for (int tries = 0; tries < 200 && printMessage().startsWith("Đang in"); tries++) {
            Thread.sleep(50);
            roundTrip();
        }
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
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(location).startsWith("bien-nhan/");
        assertThat(getCurrentView()).isInstanceOf(ReceiptView.class);
        return location.substring("bien-nhan/".length());
    }
}
