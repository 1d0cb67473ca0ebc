package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Says a short message aloud when it appears (a validation problem, a refused file), with the same speech synthesis
 * as {@link ReadAloudButton}: a resident who cannot read the red line still hears what to do. Silent where the
 * browser has no voice of the page's language or the kiosk's volume is 0.
 */
public final class Speech {

    private Speech() {
    }

    public static void say(Component context, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        // the read-aloud component's own way of speaking: the same voice, or silence where there is none
        context.getElement().executeJs("customElements.get('kiosk-read-aloud')?.say($0)", text);
    }
}
