package vn.dvc.kiosk.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.dossier.TrackingLinks;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.identity.QrCodeReader;
import vn.dvc.kiosk.identity.ui.QrScanPanel;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.Speech;
import vn.dvc.kiosk.shared.ui.KioskLayout;

/**
 * "Quét mã trên biên nhận": the resident holds their receipt (Mẫu 01) under the kiosk's camera and lands on the
 * dossier's tracking page, without typing the code. Any other QR code (an ID card, a bank's code) gets a plain
 * message and the camera keeps looking.
 */
@Route(value = ScanReceiptView.ROUTE, layout = KioskLayout.class)
@AnonymousAllowed
class ScanReceiptView extends Div implements HasDynamicTitle {

    static final String ROUTE = "tra-cuu/quet-ma";
    private static final Logger log = LoggerFactory.getLogger(ScanReceiptView.class);

    private final Paragraph problem = new Paragraph();

    ScanReceiptView(KioskCamera camera, QrCodeReader reader) {
        addClassName("filing-view");
        addClassName("scan-view");
        H1 title = new H1(getTranslation("track.scan.title"));
        Paragraph intro = new Paragraph(getTranslation("track.scan.intro"));
        Div read = new Div(title, intro);
        read.setId("scan-receipt-read");
        Div heading = new Div(read, new ReadAloudButton("scan-receipt-read"));
        heading.addClassName("view-heading");
        problem.addClassName("card-problem-message");
        problem.setId("scan-receipt-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        QrScanPanel scanner = new QrScanPanel(camera, reader, this::keepScanningAfter,
                getTranslation("track.scan.guide"));
        Button type = new Button(getTranslation("track.scan.type"), VaadinIcon.KEYBOARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("tra-cuu")));
        type.setId("scan-receipt-type");
        type.addClassName("scan-manual");
        add(new BackLink("tra-cuu"), heading, scanner, problem, type);
    }

    private boolean keepScanningAfter(String scanned) {
        var token = TrackingLinks.tokenIn(scanned);
        if (token.isPresent()) {
            log.info("Receipt QR code read at the kiosk");
            getUI().ifPresent(ui -> ui.navigate("theo-doi/" + token.get()));
            return false;
        }
        log.info("A QR code that is not a receipt's was shown to the receipt scanner");
        String message = getTranslation("track.scan.notReceipt");
        if (!message.equals(problem.getText())) {
            problem.setText(message);
            problem.setVisible(true);
            Speech.say(this, message);
        }
        return true;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("track.scan.title"));
    }
}
