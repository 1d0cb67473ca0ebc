package vn.dvc.kiosk.advisor.ecitizen.ui;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * Who is being enrolled between "scan or type" and "Tôi đồng ý": held in this browser session only, never stored,
 * and forgotten as soon as the resident answers (the full ID number must not outlive the visit).
 */
record PendingEnrolment(String idNumber, String fullName) {

    static void hold(PendingEnrolment pending) {
        VaadinSession.getCurrent().setAttribute(PendingEnrolment.class, pending);
    }

    static Optional<PendingEnrolment> current() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(PendingEnrolment.class));
    }

    static void forget() {
        VaadinSession.getCurrent().setAttribute(PendingEnrolment.class, null);
    }

    String lastFourDigits() {
        return idNumber.substring(idNumber.length() - 4);
    }
}
