package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Says a short message aloud when it appears (a validation problem, a refused file), with the same speech synthesis
 * as {@link ReadAloudButton}: a resident who cannot read the red line still hears what to do. Silent where the
 * browser has no speech or the kiosk's volume is 0.
 */
public final class Speech {

    private Speech() {
    }

    public static void say(Component context, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        context.getElement().executeJs("""
                const volume = Number(document.documentElement.dataset.speechVolume ?? 100) / 100;
                if ('speechSynthesis' in window && volume > 0) {
                  const words = new SpeechSynthesisUtterance($0);
                  words.volume = volume;
                  words.lang = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
                  words.rate = 0.9;
                  window.speechSynthesis.cancel();
                  window.speechSynthesis.speak(words);
                }""", text);
    }
}
