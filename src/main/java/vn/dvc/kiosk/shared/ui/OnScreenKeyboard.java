package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Letters, digits, space and delete on screen, for kiosks without a keyboard. Types into the text field with the
 * given id, or the one touched last; the field's value change reaches the server as if typed.
 */
@Tag("kiosk-keyboard")
@JsModule("./components/kiosk-keyboard.ts")
public class OnScreenKeyboard extends Component {

    /** A keyboard for the text field the resident touched last: one keyboard for a whole form. */
    public OnScreenKeyboard() {
        this(null);
    }

    public OnScreenKeyboard(String fieldId) {
        if (fieldId != null) {
            getElement().setAttribute("for", fieldId);
        }
        getElement().setAttribute("label", getTranslation("keyboard.label"));
        getElement().setAttribute("show-label", getTranslation("keyboard.show"));
        getElement().setAttribute("hide-label", getTranslation("keyboard.hide"));
        getElement().setAttribute("space-label", getTranslation("keyboard.space"));
        getElement().setAttribute("delete-label", getTranslation("keyboard.delete"));
    }
}
