package vn.dvc.kiosk.identity.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The browser-camera scanner web component ({@code frontend/components/kiosk-qr-camera.ts}): it sends downscaled
 * frames, and each answer says whether to keep sending.
 */
@Tag("kiosk-qr-camera")
@JsModule("./components/kiosk-qr-camera.ts")
class QrCameraScanner extends Component {

    enum Answer {
        MORE, STOP
    }

    private final Function<String, Answer> onFrame;
    private final Consumer<String> onCameraFailed;

    QrCameraScanner(Function<String, Answer> onFrame, Consumer<String> onCameraFailed) {
        this.onFrame = onFrame;
        this.onCameraFailed = onCameraFailed;
        setId("qr-camera");
        getElement().setAttribute("guide-label", getTranslation("identity.scan.guide"));
    }

    @ClientCallable
    String frame(String dataUrl) {
        return onFrame.apply(dataUrl) == Answer.STOP ? "stop" : "more";
    }

    @ClientCallable
    void cameraFailed(String reason) {
        onCameraFailed.accept(reason == null ? "" : reason.replaceAll("[^A-Za-z]", ""));
    }
}
