package vn.dvc.kiosk.shared.ui;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/** The network address of the device this visit comes from (the kiosk PC or the tablet), when Vaadin knows it. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> ofThisVisit() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? Optional.empty()
                : Optional.ofNullable(session.getBrowser().getAddress());
    }
}
