package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.identity.CardScanner;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.ui.KioskLayout;

/** Scanning with the camera of the device showing this page (a tablet, a phone, or a kiosk's webcam). */
@Route(value = "dinh-danh/camera", layout = KioskLayout.class)
@AnonymousAllowed
class DeviceCameraScanView extends ScanScreen {

    private final CardScanner scanner;

    DeviceCameraScanView(CardScanner scanner, ResidentIdentity identity) {
        super(identity);
        this.scanner = scanner;
    }

    @Override
    protected void startScanning() {
        showScanning();
        area.add(new QrCameraScanner(this::onFrame, this::onCameraFailed));
    }

    private QrCameraScanner.Answer onFrame(String dataUrl) {
        return react(scanner.scanDataUrl(dataUrl)) ? QrCameraScanner.Answer.MORE : QrCameraScanner.Answer.STOP;
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
}
