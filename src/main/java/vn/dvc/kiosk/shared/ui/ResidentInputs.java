package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * What a resident types is theirs alone: the kiosk's browser must not remember it and offer it to the next visitor
 * (a name, a phone number, an ID number under the next finger). Every resident text input goes through here.
 * <p>
 * The attribute is set on the Vaadin field, which hands it to its inner {@code <input>} or {@code <textarea>};
 * the kiosk's Chromium policy also turns autofill off, this covers tablets and browsers without that policy.
 */
public final class ResidentInputs {

    private ResidentInputs() {
    }

    /** Turns the browser's autocomplete off on these fields. */
    public static void notRemembered(Component... fields) {
        for (Component field : fields) {
            field.getElement().setAttribute("autocomplete", "off");
        }
    }
}
