package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * Takes the "connection lost" banner away once the server answers again. When the browser goes offline, Atmosphere
 * closes the push connection and reopens it by itself when the browser is back online; Flow then sends and receives
 * again, but its connection indicator stays "reconnecting" (seen with Vaadin 25.2 in Chromium), so a resident would
 * read "Mất kết nối mạng" on a working screen. After an {@code online} event this asks the server for an answer
 * through Flow's own channel; only when it comes back is the indicator set to connected. If the server is still
 * unreachable, nothing answers and the banner stays: it never says "connected" on a guess.
 */
@Tag("span")
class ConnectionWatch extends Component {

    ConnectionWatch() {
        getElement().setAttribute("hidden", "");
        getElement().setAttribute("aria-hidden", "true");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // one window listener per page, asking whichever watch is on screen now; the indicator's "back online" text
        // is not among the reconnect dialog's texts, so it is set here (Vaadin's own is English)
        getElement().executeJs("""
                window.dvcConnectionWatch = this;
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) { indicator.onlineText = $0; }
                if (!window.dvcConnectionWatchListening) {
                  window.dvcConnectionWatchListening = true;
                  window.addEventListener('online', () => setTimeout(() => {
                    const watch = window.dvcConnectionWatch;
                    if (watch && watch.$server) {
                      watch.$server.answer().then(() => {
                        const state = window.Vaadin && window.Vaadin.connectionState;
                        if (state && state.state === 'reconnecting') { state.state = 'connected'; }
                      }).catch(() => {});
                    }
                  }, 1000));
                }""", getTranslation("advisor.connection.back"));
    }

    /** The server is reachable and this UI in step with it: the call itself is the answer. */
    @ClientCallable
    boolean answer() {
        return true;
    }
}
