package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What the screen says when the server cannot be reached (a tablet in a commune hall with weak Wi-Fi): in the
 * visitor's language, and that nothing typed is lost. Flow keeps the messages it could not send and sends them, in
 * order and once, when the connection returns; its connection indicator shows these texts meanwhile (the reconnect
 * dialog's texts are what it shows in Vaadin 25). Set on every UI, resident or staff, as it is created.
 */
@Component
class ConnectionLostTexts implements VaadinServiceInitListener {

    /** A tablet back in range should not wait the default 5 s to notice. */
    private static final int RECONNECT_INTERVAL_MS = 2_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    static void apply(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        // the UI's locale is set from the session by another init listener, which may run after this one
        var locale = ui.getSession().getLocale();
        reconnect.setDialogText(ui.getTranslation(locale, "advisor.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation(locale, "advisor.connection.gaveUp"));
        reconnect.setReconnectInterval(RECONNECT_INTERVAL_MS);
    }
}
