package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Reads a part of the screen aloud with the browser's speech synthesis, in the screen's language. The text is taken
 * from the element with the given id, so what is heard is exactly what is shown.
 */
@Tag("kiosk-read-aloud")
@JsModule("./components/kiosk-read-aloud.ts")
public class ReadAloudButton extends Component {

    public ReadAloudButton(String targetId) {
        getElement().setAttribute("target", targetId);
        setLabels(getTranslation("readaloud.label"), getTranslation("readaloud.stop"));
        getElement().setAttribute("lang", getLocale().getLanguage());
    }

    private void setLabels(String read, String stop) {
        getElement().setAttribute("label", read);
        getElement().setAttribute("stop-label", stop);
    }
}
