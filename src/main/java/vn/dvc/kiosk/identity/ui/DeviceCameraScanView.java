package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.identity.CardScanner;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.ScanOutcome;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;

/** Scanning with the camera of the device showing this page (a tablet, a phone, or a kiosk's webcam). */
@Route(value = "dinh-danh/camera", layout = KioskLayout.class)
@AnonymousAllowed
class DeviceCameraScanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CardScanner scanner;
    private final ResidentIdentity identity;
    private final Paragraph hint = new Paragraph();
    private final Div area = new Div();
    private QueryParameters carried = QueryParameters.empty();
    private Button manual;

    DeviceCameraScanView(CardScanner scanner, ResidentIdentity identity) {
        this.scanner = scanner;
        this.identity = identity;
        addClassName("scan-view");
        hint.addClassName("scan-hint");
        hint.setId("scan-hint");
        hint.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        carried = IdentityFlow.carried(event);
        removeAll();
        manual = new Button(getTranslation("identity.manual"), VaadinIcon.KEYBOARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ManualEntryView.class, carried)));
        manual.setId("manual-instead");
        manual.addClassName("scan-manual");
        add(new BackLink(IdentityFlow.withCarried("dinh-danh", carried)), new H1(getTranslation("identity.scan.title")),
                area, hint, manual);
        startScanning();
    }

    private void startScanning() {
        area.removeAll();
        hint.setText(getTranslation("identity.hint.SHOW_THE_CARD"));
        if (manual != null) {
            manual.setVisible(true);
        }
        QrCameraScanner camera = new QrCameraScanner(this::onFrame, this::onCameraFailed);
        area.add(camera);
    }

    private QrCameraScanner.Answer onFrame(String dataUrl) {
        ScanOutcome outcome = scanner.scanDataUrl(dataUrl);
        switch (outcome) {
            case ScanOutcome.Identified(var card) -> {
                identity.read(card);
                getUI().ifPresent(ui -> ui.navigate(ConfirmCardView.class, carried));
                return QrCameraScanner.Answer.STOP;
            }
            case ScanOutcome.Unusable(var problem) -> {
                area.removeAll();
                area.add(new CardProblemPanel(problem, this::startScanning, carried));
                hint.setText("");
                manual.setVisible(false);
                return QrCameraScanner.Answer.STOP;
            }
            case ScanOutcome.KeepScanning(var scanHint) -> {
                hint.setText(getTranslation("identity.hint." + scanHint.name()));
                return QrCameraScanner.Answer.MORE;
            }
        }
    }

    private void onCameraFailed(String reason) {
        area.removeAll();
        boolean denied = "NotAllowedError".equals(reason) || "SecurityError".equals(reason);
        Paragraph message = new Paragraph(getTranslation(denied ? "identity.camera.denied" : "identity.camera.failed"));
        message.addClassName("card-problem-message");
        message.getElement().setAttribute("role", "alert");
        area.add(message);
        hint.setText("");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.scan.title"));
    }
}
