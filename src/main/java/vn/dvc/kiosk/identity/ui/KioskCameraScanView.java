package vn.dvc.kiosk.identity.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import vn.dvc.kiosk.identity.CardScanner;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.ScanOutcome;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * Scanning with the kiosk PC's own document camera: frames are taken and decoded on the server a few times a
 * second; the resident sees a small live preview and a hint. The camera is released when the screen closes.
 */
@Route(value = "dinh-danh/camera-may", layout = KioskLayout.class)
@AnonymousAllowed
class KioskCameraScanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PREVIEW_WIDTH = 640;

    private final KioskCamera camera;
    private final CardScanner scanner;
    private final ResidentIdentity identity;
    private final Image preview = new Image();
    private final Paragraph hint = new Paragraph();
    private final Div area = new Div();
    private QueryParameters carried = QueryParameters.empty();
    private Button manual;
    private Registration polling;
    private boolean scanning;

    KioskCameraScanView(KioskCamera camera, CardScanner scanner, ResidentIdentity identity) {
        this.camera = camera;
        this.scanner = scanner;
        this.identity = identity;
        addClassName("scan-view");
        preview.addClassName("scan-preview");
        preview.setAlt(getTranslation("identity.scan.guide"));
        preview.setId("scan-preview");
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
        showPreview();
    }

    private void showPreview() {
        area.removeAll();
        Div frame = new Div(preview);
        frame.addClassName("scan-frame");
        area.add(frame);
        hint.setText(getTranslation("identity.hint.SHOW_THE_CARD"));
        if (manual != null) {
            manual.setVisible(true);
        }
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
        camera.frame().ifPresentOrElse(this::look, () -> hint.setText(getTranslation("identity.camera.failed")));
    }

    private void look(BufferedImage frame) {
        preview.setSrc(previewOf(frame));
        switch (scanner.scan(frame)) {
            case ScanOutcome.Identified(var card) -> {
                scanning = false;
                identity.read(card);
                getUI().ifPresent(ui -> ui.navigate(ConfirmCardView.class, carried));
            }
            case ScanOutcome.Unusable(var problem) -> {
                scanning = false;
                area.removeAll();
                area.add(new CardProblemPanel(problem, this::showPreview, carried));
                hint.setText("");
                manual.setVisible(false);
            }
            case ScanOutcome.KeepScanning(var scanHint) -> hint.setText(getTranslation("identity.hint." + scanHint.name()));
        }
    }

    /** A small JPEG of the frame, only for the screen: it is never stored. */
    private static String previewOf(BufferedImage frame) {
        int height = Math.max(1, frame.getHeight() * PREVIEW_WIDTH / Math.max(1, frame.getWidth()));
        BufferedImage small = new BufferedImage(PREVIEW_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, 0, 0, PREVIEW_WIDTH, height, null);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(small, "jpg", out);
            return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.scan.title"));
    }
}
