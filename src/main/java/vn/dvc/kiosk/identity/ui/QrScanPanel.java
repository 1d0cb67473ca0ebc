package vn.dvc.kiosk.identity.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.springframework.modulith.NamedInterface;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.identity.QrCodeReader;

/**
 * Reads a QR code that is not an ID card (a receipt's tracking code…) with whichever camera this screen has: the
 * kiosk PC's document camera when its profile names one, the browser's camera otherwise. Each code read is handed
 * to the caller, who says whether to keep looking (a code that means nothing here) or stop.
 */
@NamedInterface("qr-scanning")
public class QrScanPanel extends Div {

    private final KioskCamera camera;
    private final QrCodeReader reader;
    private final Predicate<String> keepScanningAfter;
    private final Image preview = new Image();
    private Registration polling;
    private boolean scanning = true;

    /**
     * @param keepScanningAfter gets each code read; answers whether to keep scanning
     * @param guide             what the preview shows (its text alternative), e.g. "Đưa mã QR vào khung"
     */
    public QrScanPanel(KioskCamera camera, QrCodeReader reader, Predicate<String> keepScanningAfter, String guide) {
        this.camera = camera;
        this.reader = reader;
        this.keepScanningAfter = keepScanningAfter;
        addClassName("scan-frame");
        setId("qr-scan");
        if (camera.isPresent()) {
            preview.addClassName("scan-preview");
            preview.setAlt(guide);
            preview.setId("scan-preview");
            add(preview);
        } else {
            QrCameraScanner browserCamera = new QrCameraScanner(this::onBrowserFrame, this::onCameraFailed);
            browserCamera.getElement().setAttribute("guide-label", guide);
            add(browserCamera);
        }
    }

    /** Looks again after the caller said stop (e.g. the resident wants to try another code). */
    public void resume() {
        scanning = true;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (camera.isPresent()) {
            UI ui = event.getUI();
            ui.setPollInterval((int) camera.frameInterval().toMillis());
            polling = ui.addPollListener(this::onPoll);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            event.getUI().setPollInterval(-1);
            polling.remove();
            polling = null;
            camera.release();
        }
    }

    private void onPoll(PollEvent event) {
        if (!scanning) {
            return;
        }
        camera.frame().ifPresent(frame -> {
            preview.setSrc(FramePreviews.dataUrlOf(frame));
            reader.read(frame).ifPresent(text -> scanning = keepScanningAfter.test(text));
        });
    }

    private QrCameraScanner.Answer onBrowserFrame(String dataUrl) {
        boolean more = reader.readDataUrl(dataUrl).map(keepScanningAfter::test).orElse(true);
        return more ? QrCameraScanner.Answer.MORE : QrCameraScanner.Answer.STOP;
    }

    private void onCameraFailed(String reason) {
        removeAll();
        boolean denied = "NotAllowedError".equals(reason) || "SecurityError".equals(reason);
        Paragraph message = new Paragraph(getTranslation(denied ? "identity.camera.denied" : "identity.camera.failed"));
        message.addClassName("card-problem-message");
        message.getElement().setAttribute("role", "alert");
        add(message);
    }
}
