package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import vn.dvc.kiosk.identity.CardScanner;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.ui.KioskLayout;

/**
 * Scanning with the kiosk PC's own document camera: frames are taken and decoded on the server a few times a
 * second; the resident sees a small live preview and a hint. The camera is released when the screen closes.
 */
@Route(value = "dinh-danh/camera-may", layout = KioskLayout.class)
@AnonymousAllowed
class KioskCameraScanView extends ScanScreen {

    private final KioskCamera camera;
    private final CardScanner scanner;
    private final Image preview = new Image();
    private Registration polling;
    private boolean scanning;

    KioskCameraScanView(KioskCamera camera, CardScanner scanner, ResidentIdentity identity) {
        super(identity);
        this.camera = camera;
        this.scanner = scanner;
        preview.addClassName("scan-preview");
        preview.setAlt(getTranslation("identity.scan.guide"));
        preview.setId("scan-preview");
    }

    @Override
    protected void startScanning() {
        showScanning();
        Div frame = new Div(preview);
        frame.addClassName("scan-frame");
        area.add(frame);
        scanning = true;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval((int) camera.frameInterval().toMillis());
        polling = ui.addPollListener(this::onPoll);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        camera.release();
    }

    private void onPoll(PollEvent event) {
        if (!scanning) {
            return;
        }
        camera.frame().ifPresentOrElse(frame -> {
            preview.setSrc(FramePreviews.dataUrlOf(frame));
            scanning = react(scanner.scan(frame));
        }, () -> hint.setText(getTranslation("identity.camera.failed")));
    }
}
