package vn.dvc.kiosk.filing.ui;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import vn.dvc.kiosk.dossier.DossierView;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.Visits;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/**
 * The receipt: the dossier code in large type, the appointment date, what happens next, a QR code that opens the
 * tracking page on the resident's phone, and a printable slip. "Finish" forgets the resident.
 */
@Route(value = "bien-nhan/:token", layout = KioskLayout.class)
@AnonymousAllowed
class ReceiptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dossiers dossiers;
    private final String trackingBaseUrl;

    private final Visits visits;

    ReceiptView(Dossiers dossiers, Visits visits,
            @Value("${kiosk.tracking.base-url:http://localhost:8080}") String trackingBaseUrl) {
        this.dossiers = dossiers;
        this.visits = visits;
        this.trackingBaseUrl = trackingBaseUrl.replaceAll("/+$", "");
        addClassName("receipt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        DossierView dossier = dossiers.byTrackingToken(token).orElse(null);
        if (dossier == null) {
            event.forwardTo("");
            return;
        }
        Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("receipt.done")));
        done.addClassName("scan-success");
        H1 code = new H1(dossier.code());
        code.setId("dossier-code");
        code.addClassName("dossier-code");
        Paragraph codeLabel = new Paragraph(getTranslation("receipt.code"));
        Paragraph appointment = new Paragraph(getTranslation("receipt.appointment",
                KioskLocales.day(dossier.appointmentDate())));
        appointment.setId("appointment");
        appointment.addClassName("fact-main");
        Paragraph procedure = new Paragraph(dossier.procedureName());
        procedure.addClassName("receipt-procedure");
        Div read = new Div(done, codeLabel, code, procedure, appointment);
        read.setId("receipt-read");

        String trackingUrl = trackingBaseUrl + "/theo-doi/" + token;
        Image qr = new Image(qrDataUrl(trackingUrl), getTranslation("receipt.qr.alt"));
        qr.setId("tracking-qr");
        qr.addClassName("tracking-qr");
        Div qrBox = new Div(qr, new Paragraph(getTranslation("receipt.qr")));
        qrBox.addClassName("tracking-qr-box");

        Div slip = new Div(read, qrBox);
        slip.addClassName("receipt-slip");
        slip.setId("receipt-slip");

        OrderedList next = new OrderedList(new ListItem(getTranslation("receipt.next.1")),
                new ListItem(getTranslation("receipt.next.2")), new ListItem(getTranslation("receipt.next.3")));
        next.addClassName("receipt-next");
        Button print = new Button(getTranslation("receipt.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("print");
        Button finish = new Button(getTranslation("identity.done.finish"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> visits.end(ui, "resident finished")));
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.setId("finish");
        Div actions = new Div(print, finish);
        actions.addClassName("actions");
        add(new Div(slip, new ReadAloudButton("receipt-read")), new H2(getTranslation("receipt.next")), next,
                new Paragraph(getTranslation("receipt.fee")), actions);
    }

    private static String qrDataUrl(String text) {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 320, 320,
                    Map.of(EncodeHintType.MARGIN, 2));
            MatrixToImageWriter.writeToStream(matrix, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("Cannot draw the tracking QR code", e);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("receipt.done"));
    }
}
