package vn.dvc.kiosk.shared.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Letters, digits, space and delete on screen, for kiosks without a keyboard, with what Vietnamese needs: the letters
 * ă â ê ô ơ ư đ, tone keys that put the tone on the right vowel of the word just typed, a Shift for capitals and an
 * optional Telex mode (rules in {@code frontend/components/vietnamese-typing.ts}). Types into the text field with the
 * given id, or the one touched last; the field's value change reaches the server as if typed, in Unicode NFC.
 */
@Tag("kiosk-keyboard")
@JsModule("./components/kiosk-keyboard.ts")
public class OnScreenKeyboard extends Component {

    /** attribute of the web component, and the translation key of its label */
    private static final Map<String, String> LABELS = labels();

    /** A keyboard for the text field the resident touched last: one keyboard for a whole form. */
    public OnScreenKeyboard() {
        this(null);
    }

    public OnScreenKeyboard(String fieldId) {
        if (fieldId != null) {
            getElement().setAttribute("for", fieldId);
        }
        LABELS.forEach((attribute, key) -> getElement().setAttribute(attribute, getTranslation(key)));
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("label", "keyboard.label");
        labels.put("show-label", "keyboard.show");
        labels.put("hide-label", "keyboard.hide");
        labels.put("space-label", "keyboard.space");
        labels.put("delete-label", "keyboard.delete");
        labels.put("shift-label", "keyboard.shift");
        labels.put("telex-label", "keyboard.telex");
        labels.put("marks-label", "keyboard.marks");
        labels.put("tones-label", "keyboard.tones");
        labels.put("tones-hint", "keyboard.tones.hint");
        for (String tone : new String[] {"none", "acute", "grave", "hook", "tilde", "dot"}) {
            labels.put("tone-" + tone + "-label", "keyboard.tone." + tone);
        }
        return Collections.unmodifiableMap(labels);
    }
}
